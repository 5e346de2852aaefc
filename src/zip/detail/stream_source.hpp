#pragma once
// A libzip source whose bytes come from a Producer running in a worker thread, through a
// bounded queue of blocks: libzip deflates block n while the producer writes block n+1.
#include <zip.h>

#include <exception>

#include "zip/zip_writer.hpp"

namespace docket::zip::detail {

struct StreamState;

/// Creates the source. The returned source owns the state; `error` receives what the
/// producer threw, for the writer to rethrow after zip_close fails.
zip_source_t* make_stream_source(zip_t* archive, Producer producer, std::exception_ptr* error);

}  // namespace docket::zip::detail
