#include "reportwriter.h"

#include "defaultlayoutdesign.h"
#include "reportdocument.h"
#include "reportlayout.h"

#include <qgsprintlayout.h>
#include <qgsproject.h>
#include <qgsreadwritecontext.h>

#include <QDir>
#include <QElapsedTimer>
#include <QFile>

namespace lagesbild
{

Result<ReportSummary> ReportWriter::write(const ReportOptions &options)
{
  QElapsedTimer timer;
  timer.start();
  auto report = ReportDocument::prepare(options);
  if (!report)
    return report.error();
  ReportSummary summary;
  if (options.outputPath.endsWith(QLatin1String(".png"), Qt::CaseInsensitive))
  {
    auto files = (*report)->exportPng(options.outputPath, options.imageDpi, options.imageAllPages);
    if (!files)
      return files.error();
    summary.files = *files;
  }
  else
  {
    if (const auto written = (*report)->exportPdf(options.outputPath); !written)
      return written.error();
    summary.files = QStringList{options.outputPath};
  }
  summary.pages = (*report)->pageCount();
  summary.incidents = (*report)->incidents();
  summary.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
  return summary;
}

Result<void> ReportWriter::saveTemplate(ReportTemplate layoutTemplate, const QString &qptPath)
{
  const auto document = ReportLayout::readTemplate(ReportLayout::builtInTemplatePath(layoutTemplate));
  if (!document)
    return document.error();
  QFile file(qptPath);
  if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(document->toByteArray(1)) < 0)
    return makeError(ErrorCode::BadInput, QStringLiteral("%1: the template could not be written (%2)").arg(qptPath, file.errorString()));
  return {};
}

Result<void> ReportWriter::writeDefaultTemplates(const QString &directory)
{
  QgsProject project;
  std::vector<std::pair<QString, std::unique_ptr<QgsPrintLayout>>> layouts;
  for (ReportTemplate layoutTemplate : {ReportTemplate::MapA4, ReportTemplate::MapA3, ReportTemplate::Report})
    layouts.emplace_back(reportTemplateName(layoutTemplate), DefaultLayoutDesign::create(&project, layoutTemplate));
  layouts.emplace_back(QStringLiteral("followup"), DefaultLayoutDesign::createFollowUp(&project));
  for (const auto &[name, layout] : layouts)
  {
    const QString path = QDir(directory).filePath(name + QStringLiteral(".qpt"));
    if (!layout->saveAsTemplate(path, QgsReadWriteContext()))
      return makeError(ErrorCode::BadInput, QStringLiteral("%1: the template could not be written").arg(path));
  }
  return {};
}

} // namespace lagesbild
