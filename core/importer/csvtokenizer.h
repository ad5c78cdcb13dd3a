// CsvTokenizer: splits delimited text (`;`, `,` or tab) into records and fields, RFC 4180
// style: quoted fields may hold delimiters, doubled quotes and line breaks. Works on the raw
// bytes (UTF-8 and Windows-1252 are both ASCII-compatible), so no text is decoded that is not
// needed; fields are views into the data, or into a scratch buffer when quotes were undoubled.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace lagesbild::importer
{

class CsvTokenizer
{
  public:
    //! firstLine: the line number of data's first byte, when data is a part of a file.
    CsvTokenizer(std::string_view data, char delimiter, std::int64_t firstLine = 1);

    //! The delimiter of the header line: the most frequent of `;`, tab and `,` outside quotes.
    static char detectDelimiter(std::string_view data);

    //! Reads the next non-blank record; false at the end of the data. The views stay valid
    //! until the next call.
    bool next(std::vector<std::string_view> &fields);

    //! 1-based line number where the last record started.
    std::int64_t recordLine() const { return mRecordLine; }
    //! The raw bytes of the last record, without its line break.
    std::string_view recordText() const { return mRecordText; }
    //! True when the last record ended inside an unterminated quoted field.
    bool unterminatedQuote() const { return mUnterminatedQuote; }
    //! Where the next record starts: a byte offset into the data and its line number.
    std::size_t position() const { return mPosition; }
    std::int64_t line() const { return mLine; }
    std::size_t size() const { return mData.size(); }

  private:
    std::string_view readQuoted(std::size_t fieldIndex);

    std::string_view mData;
    char mDelimiter;
    std::size_t mPosition = 0;
    std::int64_t mLine = 1;
    std::int64_t mRecordLine = 0;
    std::string_view mRecordText;
    bool mUnterminatedQuote = false;
    // A deque: growing it keeps earlier fields' buffers in place (a vector moved them, and the
    // views of short, in-object strings of the same record dangled; found by fuzz_csv_tokenizer).
    std::deque<std::string> mScratch;
};

} // namespace lagesbild::importer
