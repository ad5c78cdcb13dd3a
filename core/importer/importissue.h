// ImportIssue: one problem found while reading an import file, located by file, line (or
// feature, or event) and field, printed as "FILE:LINE: field: what is wrong" or "FILE: feature
// N: field: …". Errors reject their row; warnings (an ambiguous autumn time, a new category) do not.
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace lagesbild::importer
{

//! What ImportIssue::line counts.
enum class IssueUnit
{
  Line,    //!< a line of a text file, or a spreadsheet row
  Feature, //!< the n-th feature of a GeoJSON file, or a feature id of another vector source
  Event,   //!< the n-th event of the police feed
};

struct ImportIssue
{
    QString file;
    std::int64_t line = 0; //!< 1-based line (CSV), feature or event number; 0: the whole file
    QString field;         //!< column or field name; empty when the whole row or file
    QString message;
    IssueUnit unit = IssueUnit::Line;

    QString toString() const
    {
      QString text = file;
      if (line > 0 && unit == IssueUnit::Line)
        text += QLatin1Char(':') + QString::number(line);
      text += QStringLiteral(": ");
      if (line > 0 && unit == IssueUnit::Feature)
        text += QCoreApplication::translate("importer", "feature %1").arg(line) + QStringLiteral(": ");
      else if (line > 0 && unit == IssueUnit::Event)
        text += QCoreApplication::translate("importer", "event %1").arg(line) + QStringLiteral(": ");
      if (!field.isEmpty())
        text += field + QStringLiteral(": ");
      return text + message;
    }
};

//! A row left out with --skip-invalid, for NAME.rejected.csv.
struct RejectedRow
{
    std::int64_t line = 0;
    QStringList values;
    QString reason;
};

} // namespace lagesbild::importer
