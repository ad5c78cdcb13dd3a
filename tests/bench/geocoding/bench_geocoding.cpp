// Geocoding benchmark: a synthetic register of 1,000,000 addresses (10,000 street names, each in
// two towns, numbers 1..50) and 100,000 rows written as people write them (abbreviated g./v.,
// letters "12a" / "12 B", ranges "12-14", upper case, 0.5 % misspelt so they fail with
// suggestions). Prints the time to index the register, to geocode the rows one by one, and to
// read a 100,000-row CSV with addresses and no coordinates through the importer (parse +
// geocode). Figures, not pass/fail.
#include "geocoding/geocoder.h"
#include "importer/importer.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <cstdio>
#include <random>

using namespace lagesbild;

namespace
{
constexpr int kStreetNames = 10000;
constexpr int kTownsPerStreet = 2;
constexpr int kNumbers = 50;
constexpr int kRows = 100000;

const char *const kFirst[] = {"Björk", "Ek",  "Lind",  "Ask",  "Alm",    "Rönn", "Gran", "Tall",  "Hassel", "Lönn", "Sälg", "Asp",   "Hägg",
                              "Syren", "Ros", "Lilje", "Viol", "Klöver", "Ängs", "Åker", "Skogs", "Berg",   "Dal",  "Sjö",  "Strand"};
const char *const kSecond[] = {"backs", "hags", "dals",  "lunds", "bergs", "holms", "näs", "vike", "torps", "by",
                               "ängs",  "mo",   "kulla", "hems",  "gårds", "stens", "bro", "sjö",  "ås",    "kärrs"};
const char *const kSuffix[] = {"gatan", "vägen", "stigen", "gränd", "backen", "platsen"};

QString streetName(int index)
{
  const int first = index % 25;
  const int second = (index / 25) % 20;
  const int suffix = (index / 500) % 6;
  const int variant = index / 3000; // beyond 3000: "Norra", "Södra" …
  static const char *const kPrefix[] = {"", "Norra ", "Södra ", "Östra ", "Västra "};
  return QString::fromUtf8(kPrefix[variant % 5]) + QString::fromUtf8(kFirst[first]) + QString::fromUtf8(kSecond[second]) +
         QString::fromUtf8(kSuffix[suffix]);
}

QString townName(int index)
{
  return QStringLiteral("Ort%1").arg(index);
}
} // namespace

int main(int argc, char **argv)
{
  QCoreApplication app(argc, argv);
  std::mt19937_64 random(20211212);

  std::vector<geocoding::AddressPoint> register_;
  register_.reserve(static_cast<std::size_t>(kStreetNames) * kTownsPerStreet * kNumbers);
  for (int s = 0; s < kStreetNames; ++s)
    for (int t = 0; t < kTownsPerStreet; ++t)
    {
      const int town = (s * 7 + t * 131) % 300;
      const double x0 = 300000 + (town % 20) * 30000 + (s % 100) * 100;
      const double y0 = 6200000 + (town / 20) * 50000 + (s / 100) * 100;
      for (int n = 1; n <= kNumbers; ++n)
      {
        geocoding::AddressPoint point;
        point.street = streetName(s);
        point.number = n;
        point.postalTown = townName(town);
        point.municipalityCode = QString::number(1000 + town);
        point.x = x0 + n * 10;
        point.y = y0 + (n % 2) * 15;
        register_.push_back(std::move(point));
      }
    }
  std::printf("register: %zu addresses, %d street names in %d towns each\n", register_.size(), kStreetNames, kTownsPerStreet);

  QElapsedTimer timer;
  timer.start();
  auto geocoder = std::make_shared<const geocoding::Geocoder>(register_, std::vector<Area>{});
  const double indexSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
  std::printf("index the register: %.3f s\n", indexSeconds);

  // The rows, written as people write them.
  QStringList addresses;
  QStringList towns;
  std::uniform_int_distribution<std::size_t> pick(0, register_.size() - 1);
  std::uniform_int_distribution<int> form(0, 999);
  for (int i = 0; i < kRows; ++i)
  {
    const geocoding::AddressPoint &point = register_[pick(random)];
    QString street = point.street;
    const int f = form(random);
    if (f < 5)
      street[static_cast<int>(street.size()) / 2] = QLatin1Char('x'); // misspelt
    else if (f < 250 && street.endsWith(QLatin1String("gatan")))
      street = street.left(street.size() - 5) + QStringLiteral("g.");
    else if (f < 250 && street.endsWith(QLatin1String("vägen")))
      street = street.left(street.size() - 5) + QStringLiteral("v.");
    else if (f < 350)
      street = street.toUpper();
    QString number = QString::number(point.number);
    if (f % 10 == 1)
      number += QStringLiteral("a");
    else if (f % 10 == 2)
      number += QStringLiteral(" B");
    else if (f % 10 == 3)
      number += QStringLiteral("-%1").arg(point.number + 2);
    addresses.append(street + QLatin1Char(' ') + number);
    towns.append(point.postalTown);
  }

  timer.restart();
  std::int64_t exact = 0, nearest = 0, failed = 0;
  for (int i = 0; i < kRows; ++i)
  {
    const geocoding::GeocodeResult result = geocoder->geocode(addresses.at(i), towns.at(i));
    if (!result.found)
      ++failed;
    else if (result.precision == LocationPrecision::Exact)
      ++exact;
    else
      ++nearest;
  }
  const double geocodeSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
  std::printf("geocode %d rows: %.3f s (%.2f µs a row): exact %lld, nearest number %lld, not placed %lld (with suggestions)\n", kRows,
              geocodeSeconds, geocodeSeconds * 1e6 / kRows, static_cast<long long>(exact), static_cast<long long>(nearest),
              static_cast<long long>(failed));

  // The same rows as a CSV without coordinates, read by the importer.
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("rapporter.csv"));
  {
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
      return 1;
    QByteArray text = "datum;kategori;adress;postort\n";
    for (int i = 0; i < kRows; ++i)
      text += "2021-03-05 22:30;Klotter;" + addresses.at(i).toUtf8() + ';' + towns.at(i).toUtf8() + '\n';
    file.write(text);
  }
  importer::ImportOptions options;
  options.known.places = geocoder;
  options.skipInvalid = true;
  const importer::Importer reader(options);
  timer.restart();
  auto parsed = reader.read(path);
  const double readSeconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
  if (!parsed)
  {
    std::printf("import failed: %s\n", qPrintable(parsed.error().toString()));
    return 1;
  }
  std::printf("import read of a %d-row CSV with addresses, no coordinates (parse + geocode): %.3f s, placed %zu, errors %zu\n", kRows,
              readSeconds, parsed->incidents.size(), parsed->errors.size());
  std::printf("GEOCODING: %d address rows against %zu addresses: %.3f s (geocoding alone), %.3f s (whole CSV read); index %.3f s\n", kRows,
              register_.size(), geocodeSeconds, readSeconds, indexSeconds);
  return 0;
}
