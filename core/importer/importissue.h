// ImportIssue: one problem found while reading an import file, located by file, line and
// field, printed as "FILE:LINE: field: what is wrong". Errors reject their row; warnings
// (an ambiguous autumn time, a new category) do not.
#pragma once

#include <QString>
#include <QStringList>

#include <cstdint>

namespace lagesbild::importer
{

struct ImportIssue
{
    QString file;
    std::int64_t line = 0; //!< 1-based line (CSV), feature or event number; 0: the whole file
    QString field;         //!< column or field name; empty when the whole row or file
    QString message;

    QString toString() const
    {
      QString text = file;
      if (line > 0)
        text += QLatin1Char(':') + QString::number(line);
      text += QStringLiteral(": ");
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
