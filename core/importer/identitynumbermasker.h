// IdentityNumberMasker: finds Swedish personal identity numbers (personnummer) and
// co-ordination numbers (samordningsnummer, day + 60) in free text — 10 or 12 digits, with or
// without the `-`/`+` separator — checks the date and the Luhn digit, and replaces them so they
// are never stored by accident. Numbers failing the check (phone numbers, case numbers) stay.
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

    //! True when the ten digits YYMMDDNNNN form a valid identity or co-ordination number.
    static bool isValidTenDigits(const QString &digits);
};

} // namespace lagesbild::importer
