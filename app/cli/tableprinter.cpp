#include "tableprinter.h"

#include <algorithm>

namespace lagesbild::cli
{
namespace
{
const QString kColumnGap = QStringLiteral("  ");
}

void TablePrinter::addColumn(const QString &header, Align align)
{
  mColumns.push_back({header, align});
}

void TablePrinter::addRow(const QStringList &cells)
{
  mRows.push_back(cells.isEmpty() ? QStringList{QString()} : cells);
}

void TablePrinter::addRule()
{
  mRows.emplace_back();
}

void TablePrinter::print(QTextStream &stream, const QString &indent) const
{
  std::vector<qsizetype> widths;
  for (const Column &column : mColumns)
    widths.push_back(column.header.size());
  for (const QStringList &row : mRows)
    for (std::size_t i = 0; i < widths.size() && i < static_cast<std::size_t>(row.size()); ++i)
      widths[i] = std::max<qsizetype>(widths[i], row.at(static_cast<qsizetype>(i)).size());

  auto line = [&](const QStringList &cells)
  {
    QString text = indent;
    for (std::size_t i = 0; i < mColumns.size(); ++i)
    {
      const QString cell = cells.value(static_cast<qsizetype>(i));
      if (i > 0)
        text += kColumnGap;
      const auto width = static_cast<int>(widths[i]);
      text += mColumns[i].align == Align::Left ? cell.leftJustified(width) : cell.rightJustified(width);
    }
    while (text.endsWith(QLatin1Char(' ')))
      text.chop(1);
    stream << text << '\n';
  };
  auto rule = [&]()
  {
    qsizetype total = 0;
    for (const qsizetype width : widths)
      total += width;
    total += static_cast<qsizetype>(kColumnGap.size()) * static_cast<qsizetype>(widths.empty() ? 0 : widths.size() - 1);
    stream << indent << QString(total, QChar(0x2500)) << '\n';
  };

  QStringList headers;
  for (const Column &column : mColumns)
    headers.append(column.header);
  line(headers);
  rule();
  for (const QStringList &row : mRows)
  {
    if (row.isEmpty())
      rule();
    else
      line(row);
  }
}

} // namespace lagesbild::cli
