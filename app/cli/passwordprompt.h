// PasswordPrompt: reads a password for `server add-user --password` — from the terminal with
// echo off (asked twice), or as one line from standard input when that is not a terminal (for
// scripts: `pass show x | lagesbild-cli server add-user …`). Never from the command line.
#pragma once

#include "common/result.h"

#include <QString>

namespace lagesbild::cli
{

class PasswordPrompt
{
  public:
    //! prompt is shown on stderr when reading from a terminal.
    static Result<QString> read(const QString &prompt, const QString &again);
};

} // namespace lagesbild::cli
