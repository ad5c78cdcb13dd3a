#include "textlimits.h"

#include <QCoreApplication>

namespace lagesbild::importer
{

QString TextLimits::referenceNameProblem(const QString &name)
{
  if (const QString problem = lengthProblem(name, kMaxReferenceName); !problem.isEmpty())
    return problem;
  for (const QChar c : name)
  {
    // Control characters (tab, line break, C1 controls) and invisible format characters
    // (zero-width space, bidirectional overrides) make names that look alike but differ.
    const QChar::Category category = c.category();
    if (category == QChar::Other_Control || category == QChar::Other_Format)
    {
      const QString code = QStringLiteral("%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toUpper();
      return QCoreApplication::translate("importer", "contains a control character (U+%1); a name must be plain text").arg(code);
    }
  }
  return {};
}

QString TextLimits::lengthProblem(const QString &text, int maxLength)
{
  if (text.size() <= maxLength)
    return {};
  const int length = static_cast<int>(text.size());
  return QCoreApplication::translate("importer", "%1 characters long; at most %2 are allowed").arg(length).arg(maxLength);
}

} // namespace lagesbild::importer
