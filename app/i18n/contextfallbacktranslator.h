// ContextFallbackTranslator: our Swedish translation with a forgiving context look-up. lupdate
// files a tr() written in a namespace ("lagesbild::cli", "lagesbild::importer::CsvImporter")
// under the namespace-qualified name, while QCoreApplication::translate("cli", …) asks for the
// bare one; this translator tries the bare context first, then the namespaced ones, so a string
// that is translated in the .ts is never shown in English because of where it was written.
#pragma once

#include <QTranslator>

namespace lagesbild
{

class ContextFallbackTranslator : public QTranslator
{
    Q_OBJECT

  public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr, int n = -1) const override;
};

} // namespace lagesbild
