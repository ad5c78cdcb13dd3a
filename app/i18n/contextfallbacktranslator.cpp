#include "contextfallbacktranslator.h"

namespace lagesbild
{

QString ContextFallbackTranslator::translate(const char *context, const char *sourceText, const char *disambiguation, int n) const
{
  const QString direct = QTranslator::translate(context, sourceText, disambiguation, n);
  if (!direct.isEmpty() || !context)
    return direct;
  const QByteArray bare(context);
  if (bare.startsWith("lagesbild::"))
    return direct;
  for (const char *prefix : {"lagesbild::", "lagesbild::importer::", "lagesbild::cli::", "lagesbild::demo::"})
  {
    const QByteArray qualified = QByteArray(prefix) + bare;
    const QString translated = QTranslator::translate(qualified.constData(), sourceText, disambiguation, n);
    if (!translated.isEmpty())
      return translated;
  }
  return direct;
}

} // namespace lagesbild
