// The docket executable: everything it does is a library call in src/cli/.
#include <cstdlib>  // defines __GLIBC__ when the C library is glibc
#if defined(__GLIBC__)
#include <malloc.h>
#endif

#include "cli/run.hpp"
#include "support/interrupt_cleanup.hpp"

int main(int argc, char** argv) {
  // First, before any thread: an interrupted run removes its temporary files.
  docket::clean_up_on_interrupt();
#if defined(__GLIBC__)
  // docket allocates and frees many large buffers (inflated parts, XML trees, zip streams);
  // glibc's defaults hand them back to the system at once, so the same pages are faulted in
  // and zeroed again and again. Keeping them costs no peak memory and about a quarter of the
  // time of a pack (bench/README.md). Other C libraries (musl, the BSDs', macOS's) have no
  // such knob and keep their own defaults.
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 512 << 20);
#endif
  return docket::cli::run(argc, argv);
}
