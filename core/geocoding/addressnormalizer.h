// AddressNormalizer: Swedish address text reduced to what a register lookup compares — case
// and whitespace folded, the abbreviations `g.` (gatan), `v.` (vägen), `pl.` (platsen) and
// `st.` (stora) written out, the house number with its letter in any spelling ("12A", "12 A",
// "12a"), a range "12-14" read as its first number, and a trailing ", Kungsör" as the town.
#pragma once

#include <QString>

namespace lagesbild::geocoding
{

//! An address as written, taken apart.
struct ParsedAddress
{
    QString streetKey; //!< normalised street or place name: "drottninggatan"
    int number = 0;    //!< 0: none
    QString letter;    //!< lower case, empty when none
    QString town;      //!< normalised town after a comma, empty when none
};

class AddressNormalizer
{
  public:
    //! A street or place name for comparison: case-folded, single spaces, abbreviations expanded,
    //! punctuation around words dropped.
    static QString key(const QString &name);
    //! key() with å/ä/ö/é folded to a/a/o/e: a second, looser comparison.
    static QString foldedKey(const QString &key);
    //! A town or municipality name for comparison ("Kungsörs kommun" → "kungsör").
    static QString townKey(const QString &town);
    //! Street, number, letter and town of a written address.
    static ParsedAddress parse(const QString &address);
};

} // namespace lagesbild::geocoding
