#include "interventiontypes.h"

#include <QCoreApplication>

namespace lagesbild
{

QStringList InterventionTypes::codes()
{
  return {QStringLiteral("police_presence"), QStringLiteral("guards"), QStringLiteral("night_walks"), QStringLiteral("lighting"),
          QStringLiteral("clean_up"),        QStringLiteral("camera"), QStringLiteral("dialogue"),    QStringLiteral("other")};
}

QString InterventionTypes::name(const QString &code)
{
  if (code == QLatin1String("police_presence"))
    return QCoreApplication::translate("InterventionTypes", "Police presence");
  if (code == QLatin1String("guards"))
    return QCoreApplication::translate("InterventionTypes", "Guards");
  if (code == QLatin1String("night_walks"))
    return QCoreApplication::translate("InterventionTypes", "Night walks");
  if (code == QLatin1String("lighting"))
    return QCoreApplication::translate("InterventionTypes", "Lighting");
  if (code == QLatin1String("clean_up"))
    return QCoreApplication::translate("InterventionTypes", "Clean-up");
  if (code == QLatin1String("camera"))
    return QCoreApplication::translate("InterventionTypes", "Camera surveillance");
  if (code == QLatin1String("dialogue"))
    return QCoreApplication::translate("InterventionTypes", "Dialogue");
  if (code == QLatin1String("other"))
    return QCoreApplication::translate("InterventionTypes", "Other");
  return code;
}

} // namespace lagesbild
