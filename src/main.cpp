// The docket executable: everything it does is a library call in src/cli/.
#include "cli/run.hpp"

int main(int argc, char** argv) { return docket::cli::run(argc, argv); }
