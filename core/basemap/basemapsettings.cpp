#include "basemapsettings.h"

#include "store/geopackage/storesettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace lagesbild
{
namespace
{
constexpr int kFormatVersion = 1;

bool isFile(const BaseMapSource &source)
{
  return !source.isOnline();
}
} // namespace

QByteArray BaseMapSettings::toJson() const
{
  QJsonArray array;
  for (const BaseMapSource &source : sources)
  {
    QJsonObject object;
    object.insert(QStringLiteral("kind"), baseMapKindName(source.kind));
    object.insert(QStringLiteral("name"), source.name);
    object.insert(QStringLiteral("location"), source.location);
    object.insert(QStringLiteral("opacity"), source.opacity);
    object.insert(QStringLiteral("visible"), source.visible);
    if (!source.attribution.isEmpty())
      object.insert(QStringLiteral("attribution"), source.attribution);
    array.append(object);
  }
  QJsonObject root;
  root.insert(QStringLiteral("version"), kFormatVersion);
  root.insert(QStringLiteral("sources"), array);
  return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<BaseMapSettings> BaseMapSettings::fromJson(const QByteArray &json)
{
  QJsonParseError parseError;
  const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
  if (document.isNull() || !document.isObject())
    return makeError(ErrorCode::BadInput,
                     QCoreApplication::translate("BaseMapSettings", "The base-map setting of the store is not valid JSON."),
                     parseError.errorString());
  BaseMapSettings settings;
  for (const QJsonValue &value : document.object().value(QStringLiteral("sources")).toArray())
  {
    const QJsonObject object = value.toObject();
    const auto kind = baseMapKindFromName(object.value(QStringLiteral("kind")).toString());
    const QString location = object.value(QStringLiteral("location")).toString();
    if (!kind || location.isEmpty())
      continue;
    BaseMapSource source;
    source.kind = *kind;
    source.location = location;
    source.name = object.value(QStringLiteral("name")).toString();
    source.opacity = std::clamp(object.value(QStringLiteral("opacity")).toDouble(1.0), 0.0, 1.0);
    source.visible = object.value(QStringLiteral("visible")).toBool(true);
    source.attribution = object.value(QStringLiteral("attribution")).toString();
    settings.sources.push_back(std::move(source));
  }
  return settings;
}

BaseMapSettings BaseMapSettings::relativeTo(const QString &directory) const
{
  BaseMapSettings result = *this;
  const QDir base(directory);
  for (BaseMapSource &source : result.sources)
  {
    if (!isFile(source) || QFileInfo(source.location).isRelative())
      continue;
    const QString relative = base.relativeFilePath(source.location);
    if (!relative.startsWith(QLatin1String("..")) && QFileInfo(relative).isRelative())
      source.location = relative;
  }
  return result;
}

BaseMapSettings BaseMapSettings::resolvedAgainst(const QString &directory) const
{
  BaseMapSettings result = *this;
  const QDir base(directory);
  for (BaseMapSource &source : result.sources)
    if (isFile(source) && QFileInfo(source.location).isRelative())
      source.location = QDir::cleanPath(base.absoluteFilePath(source.location));
  return result;
}

Result<BaseMapSettings> BaseMapSettings::load(const QString &storePath)
{
  const auto stored = StoreSettings::value(storePath, QString::fromLatin1(kStoreKey));
  if (!stored)
    return stored.error();
  if (!stored->has_value())
    return BaseMapSettings();
  auto settings = fromJson((*stored)->toUtf8());
  if (!settings)
    return settings.error();
  return settings->resolvedAgainst(QFileInfo(storePath).absolutePath());
}

Result<void> BaseMapSettings::save(const QString &storePath, const BaseMapSettings &settings)
{
  const BaseMapSettings relative = settings.relativeTo(QFileInfo(storePath).absolutePath());
  return StoreSettings::setValue(storePath, QString::fromLatin1(kStoreKey), QString::fromUtf8(relative.toJson()));
}

} // namespace lagesbild
