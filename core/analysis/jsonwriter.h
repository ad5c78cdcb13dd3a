// JsonWriter: writes JSON with keys in the order given (QJsonObject sorts them), so machine
// output reads in the order DESIGN.md documents. Compact: one line, no spaces.
#pragma once

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <optional>
#include <vector>

namespace lagesbild
{

class JsonWriter
{
  public:
    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    //! The key of the next value in the current object.
    JsonWriter &key(const QString &name);

    void value(std::int64_t number);
    void value(int number) { value(static_cast<std::int64_t>(number)); }
    //! Shortest text that reads back as the same double; non-finite values are written as null.
    void value(double number);
    void value(const QString &text);
    void value(const std::optional<double> &number);
    void null();
    //! true or false (a named function: bool would otherwise convert to the integer overloads).
    void boolean(bool flag);

    //! The text written so far, UTF-8.
    QByteArray toUtf8() const { return mText.toUtf8(); }

    static QString quoted(const QString &text);

  private:
    void beforeValue();

    QString mText;
    std::vector<bool> mHasItems; //!< one entry per open object or array
    bool mAfterKey = false;
};

} // namespace lagesbild
