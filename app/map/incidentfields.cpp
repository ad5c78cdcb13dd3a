#include "incidentfields.h"

#include "model/incident.h"

#include <qgseditorwidgetsetup.h>
#include <qgsvectorlayer.h>

#include <QCoreApplication>
#include <QVariantList>
#include <QVariantMap>

namespace lagesbild
{
namespace
{
//! A QGIS "ValueMap" editor widget: each entry maps a shown name to the stored value.
QgsEditorWidgetSetup valueMap(const QList<QPair<QString, QVariant>> &entries)
{
  QVariantList map;
  for (const auto &[name, value] : entries)
    map.append(QVariantMap{{name, value}});
  return QgsEditorWidgetSetup(QStringLiteral("ValueMap"), QVariantMap{{QStringLiteral("map"), map}});
}

void setAlias(QgsVectorLayer *layer, const char *field, const char *title)
{
  const int index = layer->fields().lookupField(QString::fromLatin1(field));
  if (index >= 0)
    layer->setFieldAlias(index, QCoreApplication::translate("IncidentFields", title));
}
} // namespace

void IncidentFields::apply(QgsVectorLayer *layer, const std::vector<Category> &categories, bool swedish)
{
  if (!layer)
    return;
  // Titles first: setting an alias makes QGIS rebuild the layer's fields (the expression field
  // "occurred" among them), which drops editor widgets set before it.
  setAlias(layer, "kind", QT_TRANSLATE_NOOP("IncidentFields", "Kind"));
  setAlias(layer, "category", QT_TRANSLATE_NOOP("IncidentFields", "Category"));
  setAlias(layer, "source", QT_TRANSLATE_NOOP("IncidentFields", "Source"));
  setAlias(layer, "occurred", QT_TRANSLATE_NOOP("IncidentFields", "Time"));
  setAlias(layer, "local_hour", QT_TRANSLATE_NOOP("IncidentFields", "Hour"));
  setAlias(layer, "local_weekday", QT_TRANSLATE_NOOP("IncidentFields", "Weekday"));
  setAlias(layer, "area", QT_TRANSLATE_NOOP("IncidentFields", "Area"));
  setAlias(layer, "address", QT_TRANSLATE_NOOP("IncidentFields", "Address or place"));
  setAlias(layer, "description", QT_TRANSLATE_NOOP("IncidentFields", "Description"));
  setAlias(layer, "external_id", QT_TRANSLATE_NOOP("IncidentFields", "External id"));
  const int categoryField = layer->fields().lookupField(QStringLiteral("category"));
  if (categoryField >= 0)
  {
    QList<QPair<QString, QVariant>> entries;
    for (const Category &category : categories)
    {
      const QString name = swedish || category.nameEn.isEmpty() ? category.nameSv : category.nameEn;
      // Crimes and reports may share a name (skadegörelse): the kind tells them apart.
      const QString kind = category.kind == IncidentKind::Crime ? QCoreApplication::translate("IncidentFields", "crime")
                                                                : QCoreApplication::translate("IncidentFields", "report");
      entries.append({QStringLiteral("%1 (%2)").arg(name, kind), QVariant::fromValue(static_cast<qlonglong>(category.id))});
    }
    layer->setEditorWidgetSetup(categoryField, valueMap(entries));
  }
  const int kindField = layer->fields().lookupField(QStringLiteral("kind"));
  if (kindField >= 0)
    layer->setEditorWidgetSetup(
      kindField, valueMap({{QCoreApplication::translate("IncidentFields", "Reported crime"), static_cast<int>(IncidentKind::Crime)},
                           {QCoreApplication::translate("IncidentFields", "Report"), static_cast<int>(IncidentKind::Report)}}));
}

} // namespace lagesbild
