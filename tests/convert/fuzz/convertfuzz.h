#pragma once

#include <cstddef>
#include <cstdint>

namespace Cutover::Convert {

// One fuzz iteration over the conversion engine: the bytes are split as
// JSONL and as a JSON array, parsed strictly, read in every format and, when
// readable, written in every format; every output must be one line of strict
// JSON that the target's reader accepts again. Aborts on a broken invariant
// (so libFuzzer and the corpus replay both see it).
int fuzzConvertOne(const std::uint8_t *data, std::size_t size);

} // namespace Cutover::Convert
