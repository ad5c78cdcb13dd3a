// IncidentRowBuilder: turns the fields of one table row (a CSV record or an OGR feature, as
// bytes in the file's encoding) into an Incident — kind, category, source, time window in UTC
// from local Stockholm time, coordinates, masked free text — or into errors naming file, line
// and column. Coordinates are collected and transformed to EPSG:3006 in one batch at the end.
#pragma once

#include "columnmapping.h"
#include "coordinatetransformer.h"
#include "importoptions.h"
#include "parsedimport.h"
#include "referenceresolver.h"
#include "textencoding.h"
#include "valueparsers.h"

#include <QString>
#include <QStringList>

#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace lagesbild::importer
{

class IncidentRowBuilder
{
  public:
    //! Where the coordinates come from.
    enum class CoordinateSource
    {
      Columns,  //!< lat/lon or easting/northing columns
      Geometry, //!< the feature's geometry (OGR)
    };

    IncidentRowBuilder(const ImportOptions &options, const ColumnLayout &layout, const QStringList &headers, const QString &fileLabel,
                       TextEncoding encoding, ReferenceResolver &resolver, ParsedImport &out);

    //! Checks the layout: a time column, coordinates, a category. An error here rejects the file.
    std::vector<ImportIssue> checkLayout(CoordinateSource coordinateSource) const;

    //! The CRS of coordinate columns: --crs, the mapping's crs, WGS 84 for lat/lon, else EPSG:3006.
    QString columnCrs() const;

    //! Converts one row. point: the geometry's point in the source CRS (CoordinateSource::Geometry).
    void addRow(const std::vector<std::string_view> &fields, std::int64_t line, const PointXY *point = nullptr,
                LocationPrecision pointPrecision = LocationPrecision::Exact);

    //! What the row numbers count in messages (lines by default).
    void setIssueUnit(IssueUnit unit) { mUnit = unit; }
    //! Check every field for well-formed UTF-8 (a UTF-8 file with a few invalid bytes): a used
    //! field with invalid bytes rejects its row, an unused one is a warning.
    void setCheckUtf8(bool check) { mCheckUtf8 = check; }

    //! Room for this many more rows (an estimate from the file size avoids regrowing).
    void reserve(std::size_t rows);

    //! Transforms the collected points to EPSG:3006, rejects points outside Sweden and moves
    //! the accepted incidents into the ParsedImport. With summaryWarnings, adds the warnings
    //! that count rows (swapped axes, times in a clock change); without, the caller adds them
    //! for several builders at once with addSummaryWarnings.
    void finish(const CoordinateTransformer &transformer, bool summaryWarnings = true);
    static void addSummaryWarnings(ParsedImport &out, const QString &fileLabel, std::int64_t swappedAxes, std::int64_t adjustedTimes);
    std::int64_t swappedAxes() const { return mSwappedAxes; }
    std::int64_t adjustedTimes() const { return mAdjustedTimes; }
    //! Row warnings listed at most; the rest are not listed.
    static constexpr std::size_t kMaxListedWarnings = 200;

    //! Slash dates seen with both parts ≤ 12 while the order was unknown.
    std::int64_t ambiguousDates() const { return mAmbiguousDates; }
    bool sawDayFirst() const { return mSawDayFirst; }
    bool sawMonthFirst() const { return mSawMonthFirst; }
    void setDayMonthOrder(DayMonthOrder order) { mDates.setOrder(order); }

  private:
    struct RowContext;
    struct StringHash
    {
        using is_transparent = void;
        std::size_t operator()(std::string_view text) const { return std::hash<std::string_view>()(text); }
    };
    //! A category or source value's code, or why it cannot be used; masked: it held an identity number.
    struct CachedCode
    {
        QString code;
        QString problem;
        bool masked = false;
    };
    using CodeCache = std::unordered_map<std::string, CachedCode, StringHash, std::equal_to<>>;

    QString decode(std::string_view bytes) const { return decodeText(bytes, mEncoding); }
    QString columnName(ImportField field) const;
    void error(RowContext &row, ImportField field, const QString &message);
    void warning(std::int64_t line, ImportField field, const QString &message);
    bool readTimes(RowContext &row, Incident &incident);
    //! 1 ok, 0 empty, -1 error reported
    int readMoment(RowContext &row, ImportField field, ParsedMoment &moment);
    std::int64_t toUtc(RowContext &row, ImportField field, const ParsedMoment &moment);
    bool readCoordinates(RowContext &row, const PointXY *point, double &x, double &y);
    //! The text masked; an error (false) when it is longer than maxLength.
    bool maskedText(RowContext &row, ImportField field, int maxLength, QString &text);
    bool readReference(RowContext &row, ImportField field, IncidentKind kind, QString &code);
    bool checkUtf8(RowContext &row);
    //! A row without coordinates placed from its address or place with the register (EPSG:3006).
    bool geocode(RowContext &row, Incident &incident, double &x, double &y);
    //! 1 ok, 0 no split date columns, -1 error reported
    int readSplitDate(RowContext &row, ParsedMoment &moment);
    bool canGeocode() const;
    void reject(RowContext &row);

    const ImportOptions &mOptions;
    ColumnLayout mLayout;
    QStringList mHeaders;
    QString mFileLabel;
    TextEncoding mEncoding;
    ReferenceResolver &mResolver;
    ParsedImport &mOut;
    IssueUnit mUnit = IssueUnit::Line;
    bool mCheckUtf8 = false;
    std::vector<int> mFieldOfColumn; //!< column → ImportField (as int), -1 when unused
    DateTimeParser mDates;
    IncidentKind mDefaultKind = IncidentKind::Report;
    QString mDefaultSource;
    bool mLatLon = false;
    bool mColumnsInSweref = false;
    CodeCache mCategoryCache;
    CodeCache mSourceCache;

    //! Local day (days since 1970-01-01) → its UTC offset when the whole day has one offset, from
    //! StockholmTime::toUtc; days with a clock change (two a year) go through toUtc row by row.
    struct DayOffset
    {
        std::int64_t day = std::numeric_limits<std::int64_t>::min();
        std::int64_t offset = 0;
        bool uniform = false;
    };
    static constexpr std::size_t kDayCacheSize = 8192;
    std::vector<DayOffset> mDayCache = std::vector<DayOffset>(kDayCacheSize);

    std::size_t mFirstPending = 0; //!< index in mOut.incidents of this builder's first row
    std::vector<double> mX;
    std::vector<double> mY;
    std::vector<std::int64_t> mLines;
    //! Rows placed by the geocoder: their index among the pending rows and point in EPSG:3006.
    std::vector<std::size_t> mPlacedRows;
    std::vector<PointXY> mPlacedPoints;
    std::int64_t mAmbiguousDates = 0;
    std::int64_t mAdjustedTimes = 0;
    std::int64_t mSwappedAxes = 0;
    bool mSawDayFirst = false;
    bool mSawMonthFirst = false;
};

} // namespace lagesbild::importer
