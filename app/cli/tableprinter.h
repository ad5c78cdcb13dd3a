// TablePrinter: aligned plain-text tables for lagesbild-cli's human output — a header row, a
// rule, rows; text columns left-aligned, number columns right-aligned. Widths count characters,
// so "å", "−" and the no-break space of Swedish numbers line up.
#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <vector>

namespace lagesbild::cli
{

class TablePrinter
{
  public:
    enum class Align
    {
      Left,
      Right,
    };

    void addColumn(const QString &header, Align align);
    //! One cell per column; missing cells are empty.
    void addRow(const QStringList &cells);
    //! A rule line before the next row (e.g. above a total).
    void addRule();

    void print(QTextStream &stream, const QString &indent = QString()) const;

  private:
    struct Column
    {
        QString header;
        Align align;
    };
    std::vector<Column> mColumns;
    std::vector<QStringList> mRows; //!< an empty list is a rule
};

} // namespace lagesbild::cli
