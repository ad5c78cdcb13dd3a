// Personal identity numbers in every written form are masked; numbers that are not valid
// identity numbers (wrong check digit, impossible date, phone numbers, ids) stay.
#include "importer/identitynumbermasker.h"

#include <QStringList>

#include <catch2/catch.hpp>

using namespace lagesbild::importer;

namespace
{
QString masked(QString text)
{
  IdentityNumberMasker::mask(text);
  return text;
}

int count(QString text)
{
  return IdentityNumberMasker::mask(text);
}
} // namespace

TEST_CASE("identity numbers: every written form of a valid number is masked", "[importer][pnr]")
{
  // 811218-9876 (Skatteverket's and Wikipedia's example), 701063-2391 (co-ordination number,
  // day 23 + 60), 460101-1234 and 20000229-1235 (a leap day) computed with the Luhn rule.
  const QString mask = IdentityNumberMasker::replacement();
  const QString minus = QString(QChar(0x2212));
  const QString enDash = QString(QChar(0x2013));
  const QStringList forms = {
    QStringLiteral("19811218-9876"),
    QStringLiteral("198112189876"),
    QStringLiteral("811218-9876"),
    QStringLiteral("8112189876"),
    QStringLiteral("811218+9876"),
    QStringLiteral("19811218 9876"),
    QStringLiteral("811218 9876"),
    QStringLiteral("811218 - 9876"),
    QStringLiteral("811218") + minus + QStringLiteral("9876"),
    QStringLiteral("19811218") + enDash + QStringLiteral("9876"),
    QStringLiteral("811218 ") + enDash + QStringLiteral(" 9876"),
    QStringLiteral("701063-2391"),
    QStringLiteral("19701063 2391"),
    QStringLiteral("460101-1234"),
    QStringLiteral("20000229-1235"),
  };
  for (const QString &form : forms)
  {
    INFO(form.toStdString());
    CHECK(masked(QStringLiteral("Anmälare %1 ringde").arg(form)) == QStringLiteral("Anmälare %1 ringde").arg(mask));
    CHECK(masked(form) == mask);
    CHECK(count(form) == 1);
  }
  QString two = QStringLiteral("811218 - 9876 och 701063") + minus + QStringLiteral("2391.");
  CHECK(IdentityNumberMasker::mask(two) == 2);
  CHECK(two == QStringLiteral("%1 och %1.").arg(mask));
}

TEST_CASE("identity numbers: invalid numbers and ordinary numbers stay", "[importer][pnr]")
{
  const QStringList kept = {
    QStringLiteral("811218-9875"),   // wrong check digit
    QStringLiteral("19811218 9875"), // wrong check digit, split by a space
    QStringLiteral("810230-1234"),   // 30 February (the Luhn digit is right)
    QStringLiteral("19990229-1237"), // 1999 was no leap year (the Luhn digit is right)
    QStringLiteral("811318-9876"),   // month 13
    QStringLiteral("20301218-9878"), // not born yet (the Luhn digit is right)
    QStringLiteral("070-123 45 67"), // phone numbers
    QStringLiteral("08-123 456 78"),
    QStringLiteral("+46 70 123 45 67"),
    QStringLiteral("0701234567"),
    QStringLiteral("ärende 5000-K123456-21"), // a police case number
    QStringLiteral("order 1234567890"),       // a 10-digit id that is no valid number
    QStringLiteral("12121212121"),            // 11 digits
    QStringLiteral("8112189876543"),          // 13 digits
    QStringLiteral("2021-03-05 22:30"),
    QStringLiteral("811218-98761"), // five digits after the separator
    QStringLiteral("811218 -- 9876"),
  };
  for (const QString &text : kept)
  {
    INFO(text.toStdString());
    CHECK(masked(text) == text);
    CHECK(count(text) == 0);
  }
}
