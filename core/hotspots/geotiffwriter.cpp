#include "geotiffwriter.h"

#include <QCoreApplication>
#include <QSaveFile>

#include <libdeflate.h>

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <limits>
#include <thread>

namespace lagesbild
{
namespace
{
constexpr int kTile = GeoTiffWriter::kTileSize;
constexpr std::size_t kTileCells = static_cast<std::size_t>(kTile) * kTile;
//! Deflate level 1: a heat map's smooth values and empty land compress hardly worse than at the
//! default 6, in a fraction of the time.
constexpr int kCompressionLevel = 1;

// TIFF 6.0 field types and tags, and GeoTIFF 1.0 keys, as written here.
enum FieldType : std::uint16_t
{
  Ascii = 2,
  Short = 3,
  Long = 4,
  Double = 12,
};
enum Tag : std::uint16_t
{
  ImageWidth = 256,
  ImageLength = 257,
  BitsPerSample = 258,
  Compression = 259,
  Photometric = 262,
  SamplesPerPixel = 277,
  PlanarConfiguration = 284,
  TileWidth = 322,
  TileLength = 323,
  TileOffsets = 324,
  TileByteCounts = 325,
  SampleFormat = 339,
  ModelPixelScale = 33550,
  ModelTiepoint = 33922,
  GeoKeyDirectory = 34735,
  GdalMetadata = 42112,
};
constexpr std::uint16_t kAdobeDeflate = 8;
constexpr std::uint16_t kMinIsBlack = 1;
constexpr std::uint16_t kIeeeFloat = 3;
constexpr std::uint16_t kModelTypeProjected = 1;
constexpr std::uint16_t kRasterPixelIsArea = 1;
constexpr std::uint16_t kLinearMetre = 9001;

//! Little-endian bytes, as the "II" header promises.
class ByteWriter
{
  public:
    void u16(std::uint16_t value)
    {
      mBytes.push_back(static_cast<char>(value & 0xFFU));
      mBytes.push_back(static_cast<char>(value >> 8));
    }
    void u32(std::uint32_t value)
    {
      u16(static_cast<std::uint16_t>(value & 0xFFFFU));
      u16(static_cast<std::uint16_t>(value >> 16));
    }
    void f64(double value)
    {
      std::uint64_t bits = 0;
      std::memcpy(&bits, &value, sizeof bits);
      u32(static_cast<std::uint32_t>(bits & 0xFFFFFFFFU));
      u32(static_cast<std::uint32_t>(bits >> 32));
    }
    void bytes(const QByteArray &data) { mBytes.append(data); }
    void padToEven()
    {
      if (mBytes.size() % 2 != 0)
        mBytes.push_back('\0');
    }
    qint64 size() const { return mBytes.size(); }
    const QByteArray &data() const { return mBytes; }

  private:
    QByteArray mBytes;
};

//! One IFD entry: its values, inline when they fit in 4 bytes, else after the directory.
struct Field
{
    Tag tag;
    FieldType type;
    std::uint32_t count;
    QByteArray values; //!< little-endian
};

Field shorts(Tag tag, const std::vector<std::uint16_t> &values)
{
  ByteWriter out;
  for (const std::uint16_t value : values)
    out.u16(value);
  return {tag, Short, static_cast<std::uint32_t>(values.size()), out.data()};
}

Field longs(Tag tag, const std::vector<std::uint32_t> &values)
{
  ByteWriter out;
  for (const std::uint32_t value : values)
    out.u32(value);
  return {tag, Long, static_cast<std::uint32_t>(values.size()), out.data()};
}

Field doubles(Tag tag, const std::vector<double> &values)
{
  ByteWriter out;
  for (const double value : values)
    out.f64(value);
  return {tag, Double, static_cast<std::uint32_t>(values.size()), out.data()};
}

Field ascii(Tag tag, const QByteArray &text)
{
  QByteArray values = text;
  values.append('\0');
  return {tag, Ascii, static_cast<std::uint32_t>(values.size()), values};
}

//! The image file directory at `at` (even), its values after it.
QByteArray directory(std::vector<Field> fields, std::uint32_t at)
{
  std::sort(fields.begin(), fields.end(), [](const Field &a, const Field &b) { return a.tag < b.tag; });
  const std::uint32_t tableBytes = 2 + 12 * static_cast<std::uint32_t>(fields.size()) + 4;
  ByteWriter table;
  ByteWriter outside;
  table.u16(static_cast<std::uint16_t>(fields.size()));
  for (const Field &field : fields)
  {
    table.u16(field.tag);
    table.u16(field.type);
    table.u32(field.count);
    if (field.values.size() <= 4)
    {
      QByteArray inlineValue = field.values;
      inlineValue.append(QByteArray(4 - inlineValue.size(), '\0'));
      table.bytes(inlineValue);
    }
    else
    {
      table.u32(at + tableBytes + static_cast<std::uint32_t>(outside.size()));
      outside.bytes(field.values);
      outside.padToEven();
    }
  }
  table.u32(0); // no further image
  return table.data() + outside.data();
}

QByteArray xmlEscaped(const QString &text)
{
  return text.toHtmlEscaped().toUtf8();
}

//! Band names as GDAL keeps them (its band descriptions), so GDAL and QGIS show them.
QByteArray gdalMetadata(const std::vector<GeoTiffWriter::Band> &bands)
{
  QByteArray xml = "<GDALMetadata>\n";
  for (std::size_t b = 0; b < bands.size(); ++b)
    xml += "  <Item name=\"DESCRIPTION\" sample=\"" + QByteArray::number(static_cast<qulonglong>(b)) + "\" role=\"description\">" +
           xmlEscaped(bands[b].name) + "</Item>\n";
  return xml + "</GDALMetadata>\n";
}

//! Compresses tiles on all cores: each worker its own compressor and conversion buffer.
class TileCompressor
{
  public:
    TileCompressor(const Grid &grid, const std::vector<GeoTiffWriter::Band> &bands)
      : mGrid(grid), mBands(bands), mTileColumns((grid.columns() + kTile - 1) / kTile),
        mWorkers(std::max(1U, std::min(std::thread::hardware_concurrency(), 16U)))
    {
    }

    int tileColumns() const { return mTileColumns; }

    //! Tiles [first, first + count) of a band (row-major, the north-west tile first), each
    //! compressed into out[k]; false when a compressor could not be had.
    bool compress(std::size_t band, std::size_t first, std::size_t count, std::vector<QByteArray> &out) const
    {
      out.assign(count, QByteArray());
      std::atomic<std::size_t> next{0};
      std::atomic<bool> failed{false};
      auto work = [&]()
      {
        libdeflate_compressor *compressor = libdeflate_alloc_compressor(kCompressionLevel);
        if (!compressor)
        {
          failed = true;
          return;
        }
        std::vector<float> tile(kTileCells);
        const std::size_t bound = libdeflate_zlib_compress_bound(compressor, kTileCells * sizeof(float));
        for (std::size_t k = next++; k < count; k = next++)
        {
          fill(band, first + k, tile);
          QByteArray &compressed = out[k];
          compressed.resize(static_cast<int>(bound));
          const std::size_t size = libdeflate_zlib_compress(compressor, tile.data(), kTileCells * sizeof(float), compressed.data(), bound);
          if (size == 0)
          {
            failed = true;
            break;
          }
          compressed.resize(static_cast<int>(size));
        }
        libdeflate_free_compressor(compressor);
      };
      const unsigned threads = static_cast<unsigned>(std::min<std::size_t>(mWorkers, count));
      std::vector<std::thread> helpers;
      for (unsigned t = 1; t < threads; ++t)
        helpers.emplace_back(work);
      work();
      for (std::thread &helper : helpers)
        helper.join();
      return !failed;
    }

    //! Enough tiles per call to keep every worker busy, and a whole row of tiles at least.
    std::size_t batchSize() const { return std::max<std::size_t>(static_cast<std::size_t>(mTileColumns), 4 * mWorkers); }

  private:
    //! The tile's cells as little-endian floats, north-up; the part beyond the raster zero.
    void fill(std::size_t band, std::size_t tileIndex, std::vector<float> &tile) const
    {
      static_assert(sizeof(float) == 4 && std::numeric_limits<float>::is_iec559);
      const std::vector<double> &values = *mBands[band].values;
      const int tileRow = static_cast<int>(tileIndex / static_cast<std::size_t>(mTileColumns));
      const int firstColumn = static_cast<int>(tileIndex % static_cast<std::size_t>(mTileColumns)) * kTile;
      const int width = std::min(kTile, mGrid.columns() - firstColumn);
      for (int k = 0; k < kTile; ++k)
      {
        float *to = tile.data() + static_cast<std::size_t>(k) * kTile;
        const int fileRow = tileRow * kTile + k;
        int filled = 0;
        if (fileRow < mGrid.rows())
        {
          const double *from = values.data() + mGrid.index(firstColumn, mGrid.rows() - 1 - fileRow);
          for (; filled < width; ++filled)
            to[filled] = static_cast<float>(from[filled]);
        }
        std::fill(to + filled, to + kTile, 0.0F);
      }
    }

    const Grid &mGrid;
    const std::vector<GeoTiffWriter::Band> &mBands;
    int mTileColumns;
    std::size_t mWorkers;
};

Error writeError(const QString &path, const QString &detail)
{
  return makeError(ErrorCode::BadInput,
                   QCoreApplication::translate("hotspots", "Could not write %1 (%2).").arg(path, QStringLiteral("GeoTIFF")), detail);
}
} // namespace

Result<void> GeoTiffWriter::write(const Grid &grid, const std::vector<Band> &bands, int epsg, const QString &path)
{
  if (grid.isEmpty() || bands.empty())
    return makeError(ErrorCode::Internal, QStringLiteral("a GeoTIFF needs cells and a band"));
  for (const Band &band : bands)
    if (!band.values || band.values->size() != grid.cellCount())
      return makeError(
        ErrorCode::Internal,
        QStringLiteral("a GeoTIFF band has %1 values for %2 cells").arg(band.values ? band.values->size() : 0).arg(grid.cellCount()));
  TileCompressor compressor(grid, bands);
  const std::size_t tileRows = (static_cast<std::size_t>(grid.rows()) + kTile - 1) / kTile;
  const std::size_t tilesPerBand = tileRows * static_cast<std::size_t>(compressor.tileColumns());
  const double boundBytes = static_cast<double>(tilesPerBand * bands.size()) * (static_cast<double>(kTileCells) * 4.0 * 1.01 + 64.0);
  if (boundBytes > static_cast<double>(std::numeric_limits<std::uint32_t>::max()) - 1e6)
    return makeError(ErrorCode::Internal, QStringLiteral("a GeoTIFF of %1 tiles could pass 4 GiB").arg(tilesPerBand * bands.size()));

  QSaveFile file(path);
  if (!file.open(QIODevice::WriteOnly))
    return writeError(path, file.errorString());
  // The header, its directory offset filled in at the end: tiles first, then the directory.
  ByteWriter header;
  header.bytes(QByteArrayLiteral("II"));
  header.u16(42);
  header.u32(0);
  if (file.write(header.data()) != header.size())
    return writeError(path, file.errorString());

  std::vector<std::uint32_t> offsets;
  std::vector<std::uint32_t> byteCounts;
  offsets.reserve(tilesPerBand * bands.size());
  byteCounts.reserve(tilesPerBand * bands.size());
  std::uint32_t at = static_cast<std::uint32_t>(header.size());
  std::vector<QByteArray> compressed;
  for (std::size_t band = 0; band < bands.size(); ++band)
  {
    for (std::size_t first = 0; first < tilesPerBand; first += compressor.batchSize())
    {
      const std::size_t count = std::min(compressor.batchSize(), tilesPerBand - first);
      if (!compressor.compress(band, first, count, compressed))
        return writeError(path, QStringLiteral("deflate"));
      for (const QByteArray &tile : compressed)
      {
        if (file.write(tile) != tile.size())
          return writeError(path, file.errorString());
        offsets.push_back(at);
        byteCounts.push_back(static_cast<std::uint32_t>(tile.size()));
        at += static_cast<std::uint32_t>(tile.size());
      }
    }
  }
  if (at % 2 != 0)
  {
    if (file.write("\0", 1) != 1)
      return writeError(path, file.errorString());
    ++at;
  }

  const auto samples = static_cast<std::uint16_t>(bands.size());
  const std::vector<Field> fields = {
    longs(ImageWidth, {static_cast<std::uint32_t>(grid.columns())}),
    longs(ImageLength, {static_cast<std::uint32_t>(grid.rows())}),
    shorts(BitsPerSample, std::vector<std::uint16_t>(samples, 32)),
    shorts(Compression, {kAdobeDeflate}),
    shorts(Photometric, {kMinIsBlack}),
    shorts(SamplesPerPixel, {samples}),
    // Band after band: each tile holds one band, written once (no pixel interleaving to reassemble).
    shorts(PlanarConfiguration, {static_cast<std::uint16_t>(samples > 1 ? 2 : 1)}),
    shorts(TileWidth, {static_cast<std::uint16_t>(kTile)}),
    shorts(TileLength, {static_cast<std::uint16_t>(kTile)}),
    longs(TileOffsets, offsets),
    longs(TileByteCounts, byteCounts),
    shorts(SampleFormat, std::vector<std::uint16_t>(samples, kIeeeFloat)),
    doubles(ModelPixelScale, {grid.cellSize(), grid.cellSize(), 0.0}),
    // Raster (0, 0), the north-west corner of the north-west cell, is (xMin, yMax).
    doubles(ModelTiepoint, {0.0, 0.0, 0.0, grid.xMin(), grid.yMax(), 0.0}),
    // Version 1.1.0, four keys, each inline: the model, the raster type, the CRS, its unit.
    shorts(GeoKeyDirectory, {1,    1, 0, 4,                                //
                             1024, 0, 1, kModelTypeProjected,              //
                             1025, 0, 1, kRasterPixelIsArea,               //
                             3072, 0, 1, static_cast<std::uint16_t>(epsg), //
                             3076, 0, 1, kLinearMetre}),
    ascii(GdalMetadata, gdalMetadata(bands)),
  };
  const QByteArray ifd = directory(fields, at);
  if (file.write(ifd) != ifd.size())
    return writeError(path, file.errorString());
  ByteWriter ifdOffset;
  ifdOffset.u32(at);
  if (!file.seek(4) || file.write(ifdOffset.data()) != 4)
    return writeError(path, file.errorString());
  if (!file.commit())
    return writeError(path, file.errorString());
  return {};
}

} // namespace lagesbild
