// TextLimits: how long imported texts may be and which characters a category or source name
// may hold. A longer text or a name with control characters is an error naming line and field,
// never stored: a 100,000-character category or a name with a hidden tab is a broken file.
#pragma once

#include <QString>

namespace lagesbild::importer
{

class TextLimits
{
  public:
    static constexpr int kMaxReferenceName = 80; //!< category and source names
    static constexpr int kMaxExternalId = 200;
    static constexpr int kMaxText = 10000; //!< description, address, place

    //! What is wrong with a new category or source name (too long, control characters), or empty.
    static QString referenceNameProblem(const QString &name);
    //! What is wrong with a text of at most maxLength characters, or empty.
    static QString lengthProblem(const QString &text, int maxLength);
};

} // namespace lagesbild::importer
