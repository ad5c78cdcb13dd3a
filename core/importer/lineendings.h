// LineEndings: text files from old Mac programs and some Excel exports end their lines with a
// carriage return alone (CR, "\r"); the CSV tokenizer reads LF and CRLF. A file whose lone CRs
// outnumber its LFs is converted (each lone CR becomes LF, CRLF stays), so its rows are read
// instead of being one long line. Pure function on bytes.
#pragma once

#include <string>
#include <string_view>

namespace lagesbild::importer
{

class LineEndings
{
  public:
    //! True when text ends its lines with lone CRs; out then holds the text with LF line ends.
    static bool convertCarriageReturns(std::string_view text, std::string &out);
};

} // namespace lagesbild::importer
