// The base map chosen for a store survives closing and reopening the file (and a second
// connection), keeps offline files relative to the store's folder, and never touches the schema.
#include "basemap/basemapsettings.h"
#include "store/geopackage/geopackagestore.h"
#include "store/geopackage/storesettings.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QUrlQuery>

#include <catch2/catch.hpp>

using namespace lagesbild;

namespace
{
BaseMapSettings sample(const QString &folder)
{
  BaseMapSettings settings;
  BaseMapSource town = *BaseMapSource::fromFile(folder + QStringLiteral("/karta/gator.gpkg"));
  town.name = QStringLiteral("Gator och hus");
  town.opacity = 0.8;
  settings.sources.push_back(town);
  BaseMapSource osm = BaseMapSource::openStreetMap();
  osm.visible = false;
  settings.sources.push_back(osm);
  settings.sources.push_back(BaseMapSource::lantmaterietTopographic(QStringLiteral("nyckel-123")));
  settings.sources.push_back(*BaseMapSource::fromFile(QStringLiteral("/somewhere/else/ortofoto.mbtiles")));
  return settings;
}
} // namespace

TEST_CASE("Base-map settings round-trip through the store", "[basemap]")
{
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("store.gpkg"));
  auto store = GeoPackageStore::create(path);
  REQUIRE(store);
  const int schema = (*store)->schemaVersion();

  SECTION("none chosen is an empty base map")
  {
    const auto loaded = BaseMapSettings::load(path);
    REQUIRE(loaded);
    CHECK(loaded->isEmpty());
  }

  SECTION("saved while the store is open, read back after reopening it")
  {
    const BaseMapSettings settings = sample(dir.path());
    REQUIRE(BaseMapSettings::save(path, settings));
    store->reset();
    auto reopened = GeoPackageStore::open(path);
    REQUIRE(reopened);
    CHECK((*reopened)->schemaVersion() == schema);
    const auto loaded = BaseMapSettings::load(path);
    REQUIRE(loaded);
    REQUIRE(loaded->sources.size() == 4);
    CHECK(*loaded == settings);
    CHECK(loaded->sources[0].opacity == Approx(0.8));
    CHECK_FALSE(loaded->sources[1].visible);
    CHECK(loaded->sources[2].kind == BaseMapKind::Wmts);
    CHECK(loaded->sources[3].kind == BaseMapKind::RasterFile);

    // Inside the store's folder the file is kept relative, outside it absolute.
    const auto raw = StoreSettings::value(path, QStringLiteral("basemap"));
    REQUIRE(raw);
    REQUIRE(raw->has_value());
    CHECK((*raw)->contains(QStringLiteral("\"location\":\"karta/gator.gpkg\"")));
    CHECK((*raw)->contains(QStringLiteral("/somewhere/else/ortofoto.mbtiles")));
  }

  SECTION("a store moved with its map folder finds the map in the new place")
  {
    REQUIRE(BaseMapSettings::save(path, sample(dir.path())));
    store->reset();
    QTemporaryDir other;
    const QString moved = other.filePath(QStringLiteral("kopia.gpkg"));
    REQUIRE(QFile::copy(path, moved));
    const auto loaded = BaseMapSettings::load(moved);
    REQUIRE(loaded);
    CHECK(loaded->sources[0].location == QDir::cleanPath(other.path() + QStringLiteral("/karta/gator.gpkg")));
  }

  SECTION("saving again replaces the choice")
  {
    REQUIRE(BaseMapSettings::save(path, sample(dir.path())));
    BaseMapSettings only;
    only.sources.push_back(BaseMapSource::openStreetMap());
    REQUIRE(BaseMapSettings::save(path, only));
    const auto loaded = BaseMapSettings::load(path);
    REQUIRE(loaded);
    CHECK(*loaded == only);
  }

  SECTION("the schema version cannot be overwritten through settings")
  {
    CHECK_FALSE(StoreSettings::setValue(path, QStringLiteral("schema_version"), QStringLiteral("1")));
    CHECK((*store)->schemaVersion() == schema);
  }
}

TEST_CASE("Base-map sources from what a user pastes or picks", "[basemap]")
{
  const auto xyz = BaseMapSource::fromServiceText(QStringLiteral("https://tiles.example.se/{z}/{x}/{y}.png"));
  REQUIRE(xyz);
  CHECK(xyz->kind == BaseMapKind::Xyz);
  CHECK(xyz->name == QStringLiteral("tiles.example.se"));

  const auto wmts = BaseMapSource::fromServiceText(
    QStringLiteral("crs=EPSG:3006&format=image/png&layers=topowebb&styles=default&tileMatrixSet=3006&url=https://x.se/wmts"));
  REQUIRE(wmts);
  CHECK(wmts->kind == BaseMapKind::Wmts);
  CHECK(wmts->name == QStringLiteral("topowebb"));

  const auto wms = BaseMapSource::fromServiceText(QStringLiteral("https://karta.kommun.se/wms?service=WMS"), QStringLiteral("baskarta"));
  REQUIRE(wms);
  CHECK(wms->kind == BaseMapKind::Wms);
  CHECK(QUrlQuery(wms->location).queryItemValue(QStringLiteral("layers")) == QStringLiteral("baskarta"));
  CHECK_FALSE(BaseMapSource::fromServiceText(QStringLiteral("not a service")));

  CHECK(BaseMapSource::fromFile(QStringLiteral("a.mbtiles"), true)->kind == BaseMapKind::VectorTiles);
  CHECK(BaseMapSource::fromFile(QStringLiteral("a.shp"))->kind == BaseMapKind::VectorFile);
  CHECK_FALSE(BaseMapSource::fromFile(QStringLiteral("a.docx")));

  const auto topo = BaseMapSource::lantmaterietTopographic(QStringLiteral("abc"));
  CHECK(QUrlQuery(topo.location).queryItemValue(QStringLiteral("url"), QUrl::FullyDecoded).contains(QStringLiteral("/token/abc/")));

  BaseMapSettings unknown;
  const auto parsed = BaseMapSettings::fromJson(
    R"({"version":2,"sources":[{"kind":"hologram","location":"x"},{"kind":"xyz","location":"https://a/{z}/{x}/{y}"}]})");
  REQUIRE(parsed);
  CHECK(parsed->sources.size() == 1);
  CHECK_FALSE(BaseMapSettings::fromJson("{nope"));
}
