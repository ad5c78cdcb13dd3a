#include "incidenttablecolumns.h"

#include "storelayersource.h"

#include <qgsattributetableconfig.h>
#include <qgseditorwidgetsetup.h>
#include <qgsfeature.h>
#include <qgsfeatureiterator.h>
#include <qgsfeaturerequest.h>
#include <qgsproviderregistry.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>
#include <QLocale>
#include <QVariantList>
#include <QVariantMap>

namespace lagesbild
{
namespace
{
const QString kOccurredTo = QStringLiteral("occurred_until");

QgsEditorWidgetSetup valueMap(const QList<QPair<QString, QVariant>> &entries)
{
  QVariantList map;
  for (const auto &[name, value] : entries)
    map.append(QVariantMap{{name, value}});
  return QgsEditorWidgetSetup(QStringLiteral("ValueMap"), QVariantMap{{QStringLiteral("map"), map}});
}

//! id → name of a table of the same store, read by QGIS (the UI runs no SQL).
QList<QPair<QString, QVariant>> namesOf(const QgsVectorLayer *incidents, const QString &table, const QString &idField)
{
  const StoreLayerSource source = StoreLayerSource::sibling(incidents, table);
  QgsVectorLayer::LayerOptions options;
  options.loadDefaultStyle = false;
  QgsVectorLayer layer(source.uri, table, source.provider, options);
  QList<QPair<QString, QVariant>> entries;
  if (!layer.isValid())
    return entries;
  const int idIndex = layer.fields().lookupField(idField);
  const int nameIndex = layer.fields().lookupField(QStringLiteral("name"));
  const int codeIndex = layer.fields().lookupField(QStringLiteral("code"));
  if (nameIndex < 0)
    return entries;
  QgsFeatureRequest request;
  request.setFlags(QgsFeatureRequest::NoGeometry);
  QgsFeatureIterator it = layer.getFeatures(request);
  QgsFeature feature;
  while (it.nextFeature(feature))
  {
    const QVariant id = idIndex >= 0 ? feature.attribute(idIndex) : QVariant(feature.id());
    QString name = feature.attribute(nameIndex).toString();
    if (name.isEmpty() && codeIndex >= 0)
      name = feature.attribute(codeIndex).toString();
    entries.append({name, QVariant::fromValue(id.toLongLong())});
  }
  return entries;
}

void setAlias(QgsVectorLayer *layer, const QString &field, const char *title)
{
  const int index = layer->fields().lookupField(field);
  if (index >= 0)
    layer->setFieldAlias(index, QCoreApplication::translate("IncidentFields", title));
}

void setWidget(QgsVectorLayer *layer, const QString &field, const QgsEditorWidgetSetup &setup)
{
  const int index = layer->fields().lookupField(field);
  if (index >= 0)
    layer->setEditorWidgetSetup(index, setup);
}
} // namespace

QStringList IncidentTableColumns::shownColumns()
{
  return {QStringLiteral("occurred"),      kOccurredTo,
          QStringLiteral("kind"),          QStringLiteral("category"),
          QStringLiteral("source"),        QStringLiteral("area"),
          QStringLiteral("address"),       QStringLiteral("description"),
          QStringLiteral("local_weekday"), QStringLiteral("local_hour"),
          QStringLiteral("external_id")};
}

QStringList IncidentTableColumns::hiddenColumns()
{
  // The GeoPackage's UTC seconds and the server's timestamptz columns are shown as "occurred"
  // and "occurred_until" (local time); the server's row history is the audit's business.
  return {QStringLiteral("fid"),          QStringLiteral("occurred_utc"),       QStringLiteral("occurred_to_utc"),
          QStringLiteral("reported_utc"), QStringLiteral("location_precision"), QStringLiteral("import_id"),
          QStringLiteral("dedup_key"),    QStringLiteral("address_derived"),    QStringLiteral("occurred_from"),
          QStringLiteral("occurred_to"),  QStringLiteral("reported_at"),        QStringLiteral("created_at"),
          QStringLiteral("created_by")};
}

void IncidentTableColumns::apply(QgsVectorLayer *layer)
{
  if (!layer)
    return;
  // The end of a time window in local time, as the start ("occurred", added with the layer).
  if (layer->fields().lookupField(kOccurredTo) < 0 && layer->fields().lookupField(QStringLiteral("occurred_to_utc")) >= 0)
    layer->addExpressionField(QStringLiteral("datetime_from_epoch(\"occurred_to_utc\" * 1000)"), QgsField(kOccurredTo, QVariant::DateTime));
  else if (layer->fields().lookupField(kOccurredTo) < 0 && layer->fields().lookupField(QStringLiteral("occurred_to")) >= 0)
    layer->addExpressionField(QStringLiteral("\"occurred_to\""), QgsField(kOccurredTo, QVariant::DateTime));

  // Titles before widgets: an alias rebuilds the layer's fields.
  setAlias(layer, kOccurredTo, QT_TRANSLATE_NOOP("IncidentFields", "Until"));
  setAlias(layer, QStringLiteral("source"), QT_TRANSLATE_NOOP("IncidentFields", "Reported by"));

  const QgsEditorWidgetSetup localTime(QStringLiteral("DateTime"),
                                       QVariantMap{{QStringLiteral("display_format"), QStringLiteral("yyyy-MM-dd HH:mm")},
                                                   {QStringLiteral("field_format"), QStringLiteral("yyyy-MM-dd HH:mm")},
                                                   {QStringLiteral("calendar_popup"), true},
                                                   {QStringLiteral("allow_null"), true}});
  setWidget(layer, QStringLiteral("occurred"), localTime);
  setWidget(layer, kOccurredTo, localTime);
  setWidget(layer, QStringLiteral("source"), valueMap(namesOf(layer, QStringLiteral("sources"), QStringLiteral("id"))));
  setWidget(layer, QStringLiteral("area"), valueMap(namesOf(layer, QStringLiteral("areas"), QStringLiteral("fid"))));
  QList<QPair<QString, QVariant>> weekdays;
  const QLocale locale;
  for (int day = 1; day <= 7; ++day)
    weekdays.append({locale.dayName(day, QLocale::LongFormat), day});
  setWidget(layer, QStringLiteral("local_weekday"), valueMap(weekdays));

  // The table: the shown columns in their order, then the hidden ones.
  QgsAttributeTableConfig config = layer->attributeTableConfig();
  config.update(layer->fields());
  QVector<QgsAttributeTableConfig::ColumnConfig> columns;
  const QVector<QgsAttributeTableConfig::ColumnConfig> existing = config.columns();
  const QStringList shown = shownColumns();
  for (const QString &name : shown)
  {
    for (QgsAttributeTableConfig::ColumnConfig column : existing)
    {
      if (column.type == QgsAttributeTableConfig::Field && column.name == name)
      {
        column.hidden = false;
        columns.append(column);
      }
    }
  }
  for (QgsAttributeTableConfig::ColumnConfig column : existing)
  {
    if (column.type == QgsAttributeTableConfig::Field && shown.contains(column.name))
      continue;
    column.hidden = true;
    columns.append(column);
  }
  config.setColumns(columns);
  layer->setAttributeTableConfig(config);
}

} // namespace lagesbild
