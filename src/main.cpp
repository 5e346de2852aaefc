// The docket executable: everything it does is a library call in src/cli/.
#include <malloc.h>

#include "cli/run.hpp"

int main(int argc, char** argv) {
  // docket allocates and frees many large buffers (inflated parts, XML trees, zip streams);
  // glibc's defaults hand them back to the system at once, so the same pages are faulted in
  // and zeroed again and again. Keeping them costs no peak memory and about a quarter of the
  // time of a pack (bench/README.md).
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 512 << 20);
  return docket::cli::run(argc, argv);
}
