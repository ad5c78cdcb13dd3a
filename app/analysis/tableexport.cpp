#include "tableexport.h"

#include "analysis/analysisexport.h"
#include "numericitem.h"

#include <cpl_error.h>
#include <gdal.h>
#include <ogr_api.h>

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QTableWidget>

namespace lagesbild
{
namespace
{
QString tr(const char *text)
{
  return QCoreApplication::translate("TableExport", text);
}

bool isInteger(const QVariant &value)
{
  switch (value.userType())
  {
  case QMetaType::Int:
  case QMetaType::LongLong:
  case QMetaType::UInt:
  case QMetaType::ULongLong:
    return true;
  default:
    return false;
  }
}

bool isNumber(const QVariant &value)
{
  return isInteger(value) || value.userType() == QMetaType::Double;
}

//! OGR type of a column: integer if every value is an integer, real if every value is a number.
OGRFieldType columnType(const ExportTable &table, std::size_t column)
{
  bool integers = true;
  bool numbers = true;
  bool any = false;
  for (const auto &row : table.rows)
  {
    if (column >= row.size() || !row[column].isValid() || row[column].isNull())
      continue;
    any = true;
    integers = integers && isInteger(row[column]);
    numbers = numbers && isNumber(row[column]);
  }
  if (!any || !numbers)
    return OFTString;
  return integers ? OFTInteger64 : OFTReal;
}

QString csvValue(const QVariant &value)
{
  if (!value.isValid() || value.isNull())
    return {};
  if (value.userType() == QMetaType::Double)
    return QString::number(value.toDouble(), 'g', 15);
  return AnalysisExport::csvField(value.toString());
}
} // namespace

ExportTable TableExport::fromTableWidget(const QTableWidget &table, const QString &name)
{
  ExportTable result;
  result.name = name;
  for (int column = 0; column < table.columnCount(); ++column)
  {
    const QTableWidgetItem *header = table.horizontalHeaderItem(column);
    result.headers << (header ? header->text() : QString::number(column));
  }
  const bool rowHeaders = table.verticalHeader() && table.verticalHeader()->isVisible() && table.verticalHeaderItem(0);
  if (rowHeaders)
    result.headers.prepend(QString());
  for (int row = 0; row < table.rowCount(); ++row)
  {
    std::vector<QVariant> values;
    if (rowHeaders)
      values.push_back(table.verticalHeaderItem(row) ? table.verticalHeaderItem(row)->text() : QString());
    for (int column = 0; column < table.columnCount(); ++column)
    {
      const QTableWidgetItem *item = table.item(row, column);
      if (!item)
        values.emplace_back();
      else if (item->data(NumericItem::kValueRole).isValid())
        values.push_back(item->data(NumericItem::kValueRole));
      else
        values.emplace_back(item->text());
    }
    result.rows.push_back(std::move(values));
  }
  return result;
}

Result<void> TableExport::write(const ExportTable &table, const QString &path)
{
  const QString suffix = QFileInfo(path).suffix().toLower();
  if (suffix == QLatin1String("csv"))
    return writeCsv(table, path);
  if (suffix == QLatin1String("xlsx"))
    return writeXlsx(table, path);
  return makeError(ErrorCode::BadInput, tr("%1: unknown table format (use .csv or .xlsx)").arg(path));
}

Result<void> TableExport::writeCsv(const ExportTable &table, const QString &path)
{
  QFile file(path);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
    return makeError(ErrorCode::StoreError, tr("%1: cannot write").arg(path), file.errorString());
  QByteArray out;
  for (const QString &line : table.description)
    out += AnalysisExport::csvField(line).toUtf8() + '\n';
  if (!table.description.isEmpty())
    out += '\n';
  QStringList header;
  for (const QString &text : table.headers)
    header << AnalysisExport::csvField(text);
  out += header.join(QLatin1Char(',')).toUtf8() + '\n';
  for (const auto &row : table.rows)
  {
    QStringList fields;
    for (const QVariant &value : row)
      fields << csvValue(value);
    out += fields.join(QLatin1Char(',')).toUtf8() + '\n';
  }
  if (file.write(out) != out.size() || !file.flush())
    return makeError(ErrorCode::StoreError, tr("%1: cannot write").arg(path), file.errorString());
  return {};
}

Result<void> TableExport::writeXlsx(const ExportTable &table, const QString &path)
{
  GDALAllRegister();
  GDALDriverH driver = GDALGetDriverByName("XLSX");
  if (!driver)
    return makeError(ErrorCode::Internal, tr("GDAL has no XLSX driver"));
  QFile::remove(path);
  GDALDatasetH dataset = GDALCreate(driver, path.toUtf8().constData(), 0, 0, 0, GDT_Unknown, nullptr);
  if (!dataset)
    return makeError(ErrorCode::StoreError, tr("%1: cannot create the workbook").arg(path), QString::fromUtf8(CPLGetLastErrorMsg()));
  const QByteArray layerName = (table.name.isEmpty() ? QStringLiteral("table") : table.name).left(31).toUtf8();
  OGRLayerH layer = GDALDatasetCreateLayer(dataset, layerName.constData(), nullptr, wkbNone, nullptr);
  if (!layer)
  {
    GDALClose(dataset);
    return makeError(ErrorCode::StoreError, tr("%1: cannot create the sheet").arg(path), QString::fromUtf8(CPLGetLastErrorMsg()));
  }
  std::vector<OGRFieldType> types;
  for (int column = 0; column < table.headers.size(); ++column)
  {
    types.push_back(columnType(table, static_cast<std::size_t>(column)));
    const QString name = table.headers.at(column).isEmpty() ? QStringLiteral("key") : table.headers.at(column);
    OGRFieldDefnH field = OGR_Fld_Create(name.toUtf8().constData(), types.back());
    OGR_L_CreateField(layer, field, TRUE);
    OGR_Fld_Destroy(field);
  }
  Result<void> result;
  for (const auto &row : table.rows)
  {
    OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(layer));
    for (std::size_t column = 0; column < row.size() && column < types.size(); ++column)
    {
      const QVariant &value = row[column];
      const int index = static_cast<int>(column);
      if (!value.isValid() || value.isNull())
        continue;
      if (types[column] == OFTInteger64)
        OGR_F_SetFieldInteger64(feature, index, value.toLongLong());
      else if (types[column] == OFTReal)
        OGR_F_SetFieldDouble(feature, index, value.toDouble());
      else
        OGR_F_SetFieldString(feature, index, value.toString().toUtf8().constData());
    }
    if (OGR_L_CreateFeature(layer, feature) != OGRERR_NONE && result.ok())
      result = makeError(ErrorCode::StoreError, tr("%1: cannot write a row").arg(path), QString::fromUtf8(CPLGetLastErrorMsg()));
    OGR_F_Destroy(feature);
  }
  if (!table.description.isEmpty())
  {
    const QByteArray aboutName = tr("About").left(31).toUtf8();
    OGRLayerH about = GDALDatasetCreateLayer(dataset, aboutName.constData(), nullptr, wkbNone, nullptr);
    if (about)
    {
      OGRFieldDefnH field = OGR_Fld_Create(tr("Description").toUtf8().constData(), OFTString);
      OGR_L_CreateField(about, field, TRUE);
      OGR_Fld_Destroy(field);
      for (const QString &line : table.description)
      {
        OGRFeatureH feature = OGR_F_Create(OGR_L_GetLayerDefn(about));
        OGR_F_SetFieldString(feature, 0, line.toUtf8().constData());
        if (OGR_L_CreateFeature(about, feature) != OGRERR_NONE && result.ok())
          result = makeError(ErrorCode::StoreError, tr("%1: cannot write a row").arg(path), QString::fromUtf8(CPLGetLastErrorMsg()));
        OGR_F_Destroy(feature);
      }
    }
  }
  GDALClose(dataset);
  return result;
}

} // namespace lagesbild
