#include "fieldreportform.h"

#include "importer/fieldpackageformat.h"

#include <QCoreApplication>
#include <QVariantList>
#include <QVariantMap>

#include <qgsdefaultvalue.h>
#include <qgseditformconfig.h>
#include <qgseditorwidgetsetup.h>
#include <qgsfieldconstraints.h>
#include <qgsvectorlayer.h>

namespace lagesbild
{
namespace
{
namespace format = importer::fieldpackage;

QString quotedLiteral(const QString &text)
{
  QString escaped = text;
  escaped.replace(QLatin1Char('\''), QStringLiteral("''"));
  return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

void require(QgsVectorLayer &layer, int index)
{
  layer.setFieldConstraint(index, QgsFieldConstraints::ConstraintNotNull, QgsFieldConstraints::ConstraintStrengthHard);
}
} // namespace

QVariantMap FieldReportForm::valueMapConfig(const std::vector<Category> &categories)
{
  QVariantList entries;
  for (const Category &category : categories)
  {
    QVariantMap entry;
    entry.insert(category.nameSv.isEmpty() ? category.code : category.nameSv, category.code);
    entries.append(entry);
  }
  QVariantMap config;
  config.insert(QStringLiteral("map"), entries);
  return config;
}

void FieldReportForm::apply(QgsVectorLayer &layer, const std::vector<Category> &categories, const QString &organisation)
{
  const QgsFields fields = layer.fields();
  const int fid = fields.lookupField(QStringLiteral("fid"));
  const int reportId = fields.lookupField(QString::fromLatin1(format::kReportIdField));
  const int category = fields.lookupField(QString::fromLatin1(format::kCategoryField));
  const int occurred = fields.lookupField(QString::fromLatin1(format::kOccurredField));
  const int organisationIndex = fields.lookupField(QString::fromLatin1(format::kOrganisationField));
  const int description = fields.lookupField(QString::fromLatin1(format::kDescriptionField));

  QgsEditFormConfig form = layer.editFormConfig();
  const QgsEditorWidgetSetup hidden(QStringLiteral("Hidden"), QVariantMap());
  if (fid >= 0)
  {
    layer.setEditorWidgetSetup(fid, hidden);
    form.setReadOnly(fid, true);
  }

  // The report id: a UUID given once, never shown or changed — the stable id of the report.
  layer.setEditorWidgetSetup(reportId, hidden);
  layer.setDefaultValueDefinition(reportId, QgsDefaultValue(QStringLiteral("uuid()"), false));
  require(layer, reportId);
  layer.setFieldConstraint(reportId, QgsFieldConstraints::ConstraintUnique, QgsFieldConstraints::ConstraintStrengthHard);
  form.setReadOnly(reportId, true);
  layer.setFieldAlias(reportId, QCoreApplication::translate("fieldpackage", "Report id"));

  layer.setEditorWidgetSetup(category, QgsEditorWidgetSetup(QStringLiteral("ValueMap"), valueMapConfig(categories)));
  require(layer, category);
  layer.setFieldAlias(category, QCoreApplication::translate("fieldpackage", "Category"));

  QVariantMap dateTime;
  dateTime.insert(QStringLiteral("field_format"), QStringLiteral("yyyy-MM-dd HH:mm:ss"));
  dateTime.insert(QStringLiteral("display_format"), QStringLiteral("yyyy-MM-dd HH:mm"));
  dateTime.insert(QStringLiteral("calendar_popup"), true);
  dateTime.insert(QStringLiteral("allow_null"), false);
  dateTime.insert(QStringLiteral("field_iso_format"), false);
  layer.setEditorWidgetSetup(occurred, QgsEditorWidgetSetup(QStringLiteral("DateTime"), dateTime));
  layer.setDefaultValueDefinition(occurred, QgsDefaultValue(QStringLiteral("now()"), false));
  require(layer, occurred);
  layer.setFieldAlias(occurred, QCoreApplication::translate("fieldpackage", "Time"));

  // The organisation: fixed for the package, shown but not editable, and checked.
  const QString organisationLiteral = quotedLiteral(organisation);
  QVariantMap text;
  text.insert(QStringLiteral("IsMultiline"), false);
  text.insert(QStringLiteral("UseHtml"), false);
  layer.setEditorWidgetSetup(organisationIndex, QgsEditorWidgetSetup(QStringLiteral("TextEdit"), text));
  layer.setDefaultValueDefinition(organisationIndex, QgsDefaultValue(organisationLiteral, false));
  require(layer, organisationIndex);
  layer.setConstraintExpression(organisationIndex,
                                QStringLiteral("\"%1\" = %2").arg(QString::fromLatin1(format::kOrganisationField), organisationLiteral),
                                QCoreApplication::translate("fieldpackage", "The organisation is fixed for this package"));
  layer.setFieldConstraint(organisationIndex, QgsFieldConstraints::ConstraintExpression, QgsFieldConstraints::ConstraintStrengthHard);
  form.setReadOnly(organisationIndex, true);
  layer.setFieldAlias(organisationIndex, QCoreApplication::translate("fieldpackage", "Organisation"));

  // A short description, no photos: multi-line text with a hard length limit.
  QVariantMap multiline;
  multiline.insert(QStringLiteral("IsMultiline"), true);
  multiline.insert(QStringLiteral("UseHtml"), false);
  layer.setEditorWidgetSetup(description, QgsEditorWidgetSetup(QStringLiteral("TextEdit"), multiline));
  layer.setConstraintExpression(description,
                                QStringLiteral("\"%1\" IS NULL OR length(\"%1\") <= %2")
                                  .arg(QString::fromLatin1(format::kDescriptionField))
                                  .arg(format::kDescriptionMaxLength),
                                QCoreApplication::translate("fieldpackage", "At most %1 characters").arg(format::kDescriptionMaxLength));
  layer.setFieldConstraint(description, QgsFieldConstraints::ConstraintExpression, QgsFieldConstraints::ConstraintStrengthHard);
  layer.setFieldAlias(description, QCoreApplication::translate("fieldpackage", "Description"));

  layer.setEditFormConfig(form);
}

} // namespace lagesbild
