// MessageText: how imported values appear inside messages — quoted and cut to a readable length
// ("…" marks the cut), and lists of columns cut to a few names — so that no error repeats a
// whole header or line (a 10 MB one-line file must not give 10 MB of messages).
#pragma once

#include <QString>
#include <QStringList>

namespace lagesbild::importer
{

class MessageText
{
  public:
    //! Longest value shown in a message, in characters.
    static constexpr int kMaxValueLength = 60;
    //! Most columns listed in a message.
    static constexpr int kMaxListedColumns = 12;

    //! value cut to maxLength characters (with "…"), without line breaks.
    static QString cut(const QString &value, int maxLength = kMaxValueLength);
    //! "value" in quotes, cut.
    static QString quoted(const QString &value, int maxLength = kMaxValueLength);
    //! "a", "b", … and N more: the columns of a header for a message.
    static QString columnList(const QStringList &columns);
};

} // namespace lagesbild::importer
