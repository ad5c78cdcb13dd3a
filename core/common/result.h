// Result<T>: a value or an Error, returned across module boundaries in the core.
// Expected failures (bad input, a refused store) are values; exceptions are for programming errors only.
#pragma once

#include <QString>

#include <cassert>
#include <optional>
#include <utility>
#include <variant>

namespace lagesbild
{

//! What kind of failure; the CLI maps BadInput to exit code 1 and Usage to exit code 2.
enum class ErrorCode
{
  BadInput,    //!< the user's data or arguments are wrong (file, line, field named in the message)
  Usage,       //!< a command was called the wrong way
  NotFound,    //!< a file, store, id or name does not exist
  StoreError,  //!< SQLite or the file system failed
  StoreTooNew, //!< the store was written by a newer Lägesbild
  Cancelled,   //!< the user cancelled; nothing was changed
  Internal,    //!< a library we call failed unexpectedly
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message; //!< one readable sentence for the user
    QString detail;  //!< optional technical detail (SQLite message, GDAL error)

    //! message, plus detail in parentheses when present
    QString toString() const { return detail.isEmpty() ? message : message + QStringLiteral(" (") + detail + QLatin1Char(')'); }
};

inline Error makeError(ErrorCode code, QString message, QString detail = {})
{
  return Error{code, std::move(message), std::move(detail)};
}

template<typename T> class [[nodiscard]] Result
{
  public:
    Result(T value) : mData(std::in_place_index<0>, std::move(value)) {}
    Result(Error error) : mData(std::in_place_index<1>, std::move(error)) {}

    bool ok() const { return mData.index() == 0; }
    explicit operator bool() const { return ok(); }

    T &value() &
    {
      assert(ok());
      return std::get<0>(mData);
    }
    const T &value() const &
    {
      assert(ok());
      return std::get<0>(mData);
    }
    T &&value() &&
    {
      assert(ok());
      return std::get<0>(std::move(mData));
    }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const
    {
      assert(!ok());
      return std::get<1>(mData);
    }

  private:
    std::variant<T, Error> mData;
};

//! Result of an operation that returns nothing on success.
template<> class [[nodiscard]] Result<void>
{
  public:
    Result() = default;
    Result(Error error) : mError(std::move(error)) {}

    bool ok() const { return !mError.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const
    {
      assert(!ok());
      return *mError;
    }

  private:
    std::optional<Error> mError;
};

} // namespace lagesbild
