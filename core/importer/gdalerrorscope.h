// GdalErrorScope: while it lives, GDAL's and PROJ's own error messages on this thread ("ERROR 1:
// …" on stderr by default) are collected instead of printed, so the importer can turn them into
// its own translated messages. GDAL's handler stack is per thread: every thread that calls GDAL
// for the importer opens its own scope.
#pragma once

#include <QStringList>

namespace lagesbild::importer
{

class GdalErrorScope
{
  public:
    GdalErrorScope();
    ~GdalErrorScope();
    GdalErrorScope(const GdalErrorScope &) = delete;
    GdalErrorScope &operator=(const GdalErrorScope &) = delete;

    //! The failures and warnings collected so far (GDAL's English text), at most kMaxKept.
    const QStringList &messages() const { return mMessages; }
    static constexpr int kMaxKept = 20;

  private:
    static void handle(int errorClass, int errorNumber, const char *message);
    QStringList mMessages;
};

} // namespace lagesbild::importer
