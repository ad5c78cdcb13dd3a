// PostgresResult: the rows a statement returned, owned (PQclear on destruction), read as text.
#pragma once

#include <QString>

#include <memory>

struct pg_result;

namespace lagesbild
{

class PostgresResult
{
  public:
    explicit PostgresResult(pg_result *result) : mResult(result) {}

    int rows() const;
    int columns() const;
    bool isNull(int row, int column) const;
    QString text(int row, int column) const;
    long long integer(int row, int column) const;
    //! The number of rows an INSERT, UPDATE, DELETE or COPY touched.
    long long affectedRows() const;

  private:
    struct Clearer
    {
        void operator()(pg_result *result) const;
    };
    std::unique_ptr<pg_result, Clearer> mResult;
};

} // namespace lagesbild
