// NumericItem: a table cell that shows formatted text (Swedish numbers, names) but sorts and
// exports by the raw value kept in Qt::UserRole, so "1 234" sorts after "987".
#pragma once

#include <QTableWidgetItem>
#include <QVariant>

namespace lagesbild
{

class NumericItem : public QTableWidgetItem
{
  public:
    static constexpr int kValueRole = Qt::UserRole;
    //! The group key (category code, hour …) of the row, kept on the first cell.
    static constexpr int kKeyRole = Qt::UserRole + 1;
    //! The kind code ("crime", "report"; "" for a sum of both) of the row, kept on the first cell.
    static constexpr int kKindRole = Qt::UserRole + 2;

    NumericItem(const QString &text, const QVariant &value) : QTableWidgetItem(text)
    {
      setData(kValueRole, value);
      setFlags(flags() & ~Qt::ItemIsEditable);
    }

    bool operator<(const QTableWidgetItem &other) const override
    {
      const QVariant mine = data(kValueRole);
      const QVariant theirs = other.data(kValueRole);
      if (!mine.isValid() || !theirs.isValid())
        return mine.isValid() < theirs.isValid() || (mine.isValid() == theirs.isValid() && text() < other.text());
      if (mine.type() == QVariant::String || theirs.type() == QVariant::String)
        return mine.toString().localeAwareCompare(theirs.toString()) < 0;
      return mine.toDouble() < theirs.toDouble();
    }
};

} // namespace lagesbild
