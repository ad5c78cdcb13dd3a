// IdentityNumberMasker: finds Swedish personal identity numbers (personnummer) and
// co-ordination numbers (samordningsnummer, day + 60) in any text — 10 or 12 digits, joined or
// split before the last four by `-`, `+`, a Unicode minus (U+2212) or dash (U+2013, U+2014)
// and/or spaces ("19811218-9876", "811218 - 9876", "811218−9876", "19811218 9876") — checks
// the date and the Luhn digit, and replaces them so they are never stored, logged or written
// by accident. Numbers failing the check (phone numbers, case numbers, dates) stay. Texts with
// fewer than ten digits are left after one cheap scan, so the import's hot path pays little.
#pragma once

#include <QString>

namespace lagesbild::importer
{

class IdentityNumberMasker
{
  public:
    //! What a masked number is replaced with.
    static QString replacement();

    //! Masks every valid identity number in text; returns how many were masked.
    static int mask(QString &text);

    //! text with every valid identity number masked.
    static QString masked(QString text)
    {
      mask(text);
      return text;
    }

    //! True when text holds a valid identity number (text is not changed).
    static bool contains(const QString &text);

    //! True when the ten digits YYMMDDNNNN form a valid identity or co-ordination number.
    static bool isValidTenDigits(const QString &digits);
};

} // namespace lagesbild::importer
