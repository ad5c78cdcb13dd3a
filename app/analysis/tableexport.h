// TableExport: writes a table shown in the analysis pane to CSV (UTF-8, comma, header row) or
// to XLSX through GDAL's XLSX driver (one sheet, typed columns). Cells are exported by their
// raw values (NumericItem::kValueRole) when they have one, so numbers stay numbers. A table's
// description (what it is: kind, periods, filter) opens the CSV, one quoted line each before the
// header, and is the second sheet ("Beskrivning"/"About") of the workbook.
#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>
#include <QVariant>

#include <vector>

class QTableWidget;

namespace lagesbild
{

struct ExportTable
{
    QString name; //!< sheet / layer name
    QStringList headers;
    QStringList description; //!< what the table is, in words; written before the header / as a second sheet
    std::vector<std::vector<QVariant>> rows;
};

class TableExport
{
  public:
    //! The table as shown (in its current sort order), raw values where the cells have them.
    static ExportTable fromTableWidget(const QTableWidget &table, const QString &name);
    //! Writes CSV when the path ends in .csv, XLSX when it ends in .xlsx.
    static Result<void> write(const ExportTable &table, const QString &path);
    static Result<void> writeCsv(const ExportTable &table, const QString &path);
    static Result<void> writeXlsx(const ExportTable &table, const QString &path);
};

} // namespace lagesbild
