// Helpers for the importer tests: fixture files written into a temporary directory and a
// one-call parse with options.
#pragma once

#include "importer/importer.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace lagesbild::importer::test
{

inline QString writeFixture(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
  const QString path = dir.filePath(name);
  QFile file(path);
  REQUIRE(file.open(QIODevice::WriteOnly));
  file.write(bytes);
  file.close();
  return path;
}

inline ParsedImport readOk(const QString &path, const ImportOptions &options = {})
{
  const Importer importer(options);
  auto parsed = importer.read(path);
  if (!parsed)
    FAIL(parsed.error().toString().toStdString());
  return std::move(parsed).value();
}

inline QString allIssues(const std::vector<ImportIssue> &issues)
{
  QStringList lines;
  for (const ImportIssue &issue : issues)
    lines.append(issue.toString());
  return lines.join(QLatin1Char('\n'));
}

//! UTC seconds of a UTC date and time, computed by Qt (independent of our parsers).
inline std::int64_t utc(int y, int mo, int d, int h, int mi, int s = 0)
{
  return QDateTime(QDate(y, mo, d), QTime(h, mi, s), Qt::UTC).toSecsSinceEpoch();
}

} // namespace lagesbild::importer::test
