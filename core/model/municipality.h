// Municipality: which Swedish municipality (kommun) a store belongs to — its four-digit SCB code
// and name ("1960", "Kungsör") — with the code → name table of Statistics Sweden (2024) bundled,
// so `init --municipality 1960` and a boundary area named "Kungsörs kommun" both find it offline.
#pragma once

#include <QString>

#include <optional>

namespace lagesbild
{

struct Municipality
{
    QString code; //!< SCB kommunkod, "1960"
    QString name; //!< "Kungsör"

    //! The municipality with this SCB code; none for an unknown code.
    static std::optional<Municipality> fromCode(const QString &code);
    //! By name, "Kungsör", "Kungsörs kommun" or "kungsör"; none when no municipality has it.
    static std::optional<Municipality> fromName(const QString &name);
    //! "Kungsör (1960)"
    QString displayName() const;

    bool operator==(const Municipality &other) const { return code == other.code && name == other.name; }
};

} // namespace lagesbild
