// libFuzzer entry point (configure with -DCUTOVER_FUZZ=ON and clang):
//   ./fuzz_convert tests/convert/fuzz/corpus
#include "convertfuzz.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    return Cutover::Convert::fuzzConvertOne(data, size);
}
