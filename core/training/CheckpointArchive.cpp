#include "training/CheckpointArchive.h"

#include "util/Error.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <functional>
#include <vector>

namespace hiernet::training {

namespace {

using Refuse = std::function<Error(const std::string&)>;

std::uint64_t little(const std::string& bytes, std::uint64_t at, int width)
{
    std::uint64_t value = 0;
    for (int i = width - 1; i >= 0; --i)
        value = value << 8 | std::uint8_t(bytes[std::size_t(at) + std::size_t(i)]);
    return value;
}

struct Record {
    std::string name;
    std::uint64_t offset = 0; ///< of its data in the file
    std::uint64_t size = 0;
};

/// A checkpoint is a zip archive of stored (uncompressed) records, as torch::pickle_save writes it.
/// LibTorch's reader trusts the sizes and offsets in it and reads past the end of the buffer where they
/// lie (found by fuzz_checkpoint); so every record the directory names must lie inside the file, and
/// be stored.
std::vector<Record> readDirectory(const std::string& bytes, const Refuse& bad)
{
    const std::uint64_t size = bytes.size();
    const auto fits = [size](std::uint64_t at, std::uint64_t length) { return at <= size && length <= size - at; };
    if (size < 22)
        throw bad("too short for a zip archive");
    // The end-of-central-directory record: within the last 64 KiB (its comment may fill them).
    std::uint64_t end = size - 22;
    const std::uint64_t lowest = size - 22 > 65535 ? size - 22 - 65535 : 0;
    while (little(bytes, end, 4) != 0x06054b50) {
        if (end == lowest)
            throw bad("no zip directory");
        --end;
    }
    std::uint64_t entries = little(bytes, end + 10, 2), directorySize = little(bytes, end + 12, 4),
                  directory = little(bytes, end + 16, 4);
    if (entries == 0xffff || directorySize == 0xffffffff || directory == 0xffffffff) {
        // Zip64: a locator just before, pointing at the zip64 end record with the 8-byte fields.
        if (end < 20 || little(bytes, end - 20, 4) != 0x07064b50)
            throw bad("zip64 locator missing");
        const std::uint64_t record = little(bytes, end - 20 + 8, 8);
        if (!fits(record, 56) || little(bytes, record, 4) != 0x06064b50)
            throw bad("zip64 directory record outside the file");
        entries = little(bytes, record + 32, 8);
        directorySize = little(bytes, record + 40, 8);
        directory = little(bytes, record + 48, 8);
    }
    if (!fits(directory, directorySize))
        throw bad("zip directory outside the file");
    std::vector<Record> records;
    std::uint64_t at = directory;
    for (std::uint64_t i = 0; i < entries; ++i) {
        if (!fits(at, 46) || at + 46 > directory + directorySize || little(bytes, at, 4) != 0x02014b50)
            throw bad("zip directory entry " + std::to_string(i) + " broken");
        const std::uint64_t method = little(bytes, at + 10, 2), nameLength = little(bytes, at + 28, 2),
                            extraLength = little(bytes, at + 30, 2), commentLength = little(bytes, at + 32, 2);
        std::uint64_t packed = little(bytes, at + 20, 4), unpacked = little(bytes, at + 24, 4), local = little(bytes, at + 42, 4);
        const std::uint64_t entryEnd = at + 46 + nameLength + extraLength + commentLength;
        if (entryEnd > directory + directorySize)
            throw bad("zip directory entry " + std::to_string(i) + " runs past the directory");
        // Zip64 extra field (id 1): the 8-byte values of the fields that read 0xffffffff, in this order.
        for (std::uint64_t extra = at + 46 + nameLength; extra + 4 <= at + 46 + nameLength + extraLength;) {
            const std::uint64_t id = little(bytes, extra, 2), length = little(bytes, extra + 2, 2);
            if (extra + 4 + length > at + 46 + nameLength + extraLength)
                throw bad("zip extra field of entry " + std::to_string(i) + " runs past its entry");
            if (id == 1) {
                std::uint64_t field = extra + 4;
                for (auto* value : { &unpacked, &packed, &local })
                    if (*value == 0xffffffff) {
                        if (field + 8 > extra + 4 + length)
                            throw bad("zip64 field of entry " + std::to_string(i) + " missing");
                        *value = little(bytes, field, 8);
                        field += 8;
                    }
            }
            extra += 4 + length;
        }
        if (method != 0 || packed != unpacked)
            throw bad("record " + std::to_string(i) + " is compressed; checkpoints store records as they are");
        if (!fits(local, 30) || little(bytes, local, 4) != 0x04034b50)
            throw bad("record " + std::to_string(i) + " header outside the file");
        const std::uint64_t data = local + 30 + little(bytes, local + 26, 2) + little(bytes, local + 28, 2);
        if (!fits(data, packed))
            throw bad("record " + std::to_string(i) + " of " + std::to_string(packed) + " bytes runs past the end of the file");
        records.push_back({ bytes.substr(std::size_t(at + 46), std::size_t(nameLength)), data, packed });
        at = entryEnd;
    }
    return records;
}

/// How an opcode's argument is written (pickletools' argument descriptors, protocols 0 to 5).
enum class Argument { None, Fixed, Line, TwoLines, Counted };

struct Opcode {
    Argument argument = Argument::None;
    int width = 0; ///< Fixed: its bytes; Counted: the bytes of the count before the data
    bool known = false;
};

const Opcode& opcode(std::uint8_t code)
{
    static const auto table = [] {
        std::vector<Opcode> t(256);
        const auto set = [&t](const char* codes, Argument argument, int width) {
            for (const char* c = codes; *c; ++c)
                t[std::uint8_t(*c)] = { argument, width, true };
        };
        set("(.012NQRabdelostu})]\x85\x86\x87\x88\x89\x8f\x90\x91\x92\x93\x94\x97\x98\x81", Argument::None, 0);
        set("Khq\x82\x80", Argument::Fixed, 1);
        set("M\x83", Argument::Fixed, 2);
        set("Jjr\x84", Argument::Fixed, 4);
        set("G\x95", Argument::Fixed, 8);
        set("IFLSVgpP", Argument::Line, 0);
        set("ci", Argument::TwoLines, 0);
        set("UC\x8c\x8a", Argument::Counted, 1);
        set("TBX\x8b", Argument::Counted, 4);
        set("\x8d\x8e\x96", Argument::Counted, 8);
        return t;
    }();
    return table[code];
}

/// LibTorch's unpickler allocates what the pickle says before it reads it: a string of the length an
/// opcode names (found by fuzz_checkpoint: a few KiB asked for gigabytes), and room for twice the memo
/// index a PUT names. So: every opcode known, every counted string inside the record, and memo indices
/// in the order a pickler gives them (never past the number of values memoised so far).
void checkPickle(const std::string& bytes, const Record& record, const Refuse& bad)
{
    const std::uint64_t end = record.offset + record.size;
    std::uint64_t at = record.offset;
    std::uint64_t memoised = 0;
    const auto where
        = [&](std::uint64_t position) { return " at byte " + std::to_string(position - record.offset) + " of " + record.name; };
    const auto lineEnd = [&](std::uint64_t from, std::uint64_t position) {
        const auto newline = bytes.find('\n', std::size_t(from));
        if (newline == std::string::npos || newline >= end)
            throw bad("pickle line without its end" + where(position));
        return std::uint64_t(newline) + 1;
    };
    while (at < end) {
        const std::uint64_t position = at;
        const auto code = std::uint8_t(bytes[std::size_t(at++)]);
        const Opcode& op = opcode(code);
        if (!op.known)
            throw bad("unknown pickle opcode " + std::to_string(code) + where(position));
        if (code == '.')
            return; // STOP: the unpickler reads no further
        std::uint64_t argument = 0;
        switch (op.argument) {
        case Argument::None:
            break;
        case Argument::Fixed:
        case Argument::Counted:
            if (std::uint64_t(op.width) > end - at)
                throw bad("pickle opcode cut short" + where(position));
            argument = little(bytes, at, op.width);
            at += std::uint64_t(op.width);
            if (op.argument == Argument::Counted) {
                if (code == 0x8b && (argument & 0x80000000u))
                    throw bad("pickle integer of negative length" + where(position));
                if (argument > end - at)
                    throw bad("pickle names " + std::to_string(argument) + " bytes where " + std::to_string(end - at)
                        + " are left" + where(position));
                at += argument;
            }
            break;
        case Argument::Line:
            at = lineEnd(at, position);
            break;
        case Argument::TwoLines:
            at = lineEnd(lineEnd(at, position), position);
            break;
        }
        if (code == 'q' || code == 'r' || code == 'p') { // BINPUT, LONG_BINPUT, PUT
            if (code == 'p') {
                const auto text = bytes.substr(std::size_t(position + 1), std::size_t(at - position - 2));
                if (text.empty() || text.size() > 19
                    || !std::all_of(text.begin(), text.end(), [](char c) { return std::isdigit(std::uint8_t(c)); }))
                    throw bad("pickle memo index '" + text + "' is not a number" + where(position));
                argument = std::stoull(text);
            }
            if (argument > memoised)
                throw bad("pickle memo index " + std::to_string(argument) + " after " + std::to_string(memoised)
                    + " memoised values" + where(position));
            ++memoised;
        } else if (code == 0x94) { // MEMOIZE
            ++memoised;
        }
    }
    throw bad("pickle without its end (STOP) in " + record.name);
}

bool isPickle(std::string name)
{
    std::transform(name.begin(), name.end(), name.begin(), [](unsigned char c) { return char(std::tolower(c)); });
    // LibTorch finds its data.pkl by a case-insensitive name; every .pkl record is checked.
    return name.size() >= 4 && name.compare(name.size() - 4, 4, ".pkl") == 0;
}

} // namespace

void checkCheckpointArchive(const std::string& bytes, const std::string& path)
{
    const Refuse bad = [&path](const std::string& what) { return Error(path + ": not a checkpoint (" + what + ")"); };
    for (const auto& record : readDirectory(bytes, bad))
        if (isPickle(record.name))
            checkPickle(bytes, record, bad);
}

} // namespace hiernet::training
