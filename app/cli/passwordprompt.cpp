#include "passwordprompt.h"

#include "commandline.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace lagesbild::cli
{
namespace
{
//! One line from standard input; with echo off when it is a terminal.
std::optional<QString> readLine(bool terminal)
{
  termios saved{};
  if (terminal)
  {
    tcgetattr(STDIN_FILENO, &saved);
    termios quiet = saved;
    quiet.c_lflag &= ~static_cast<tcflag_t>(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
  }
  std::string line;
  const bool read = static_cast<bool>(std::getline(std::cin, line));
  if (terminal)
  {
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    err() << '\n';
    err().flush();
  }
  if (!read)
    return std::nullopt;
  if (!line.empty() && line.back() == '\r')
    line.pop_back();
  return QString::fromStdString(line);
}
} // namespace

Result<QString> PasswordPrompt::read(const QString &prompt, const QString &again)
{
  const bool terminal = isatty(STDIN_FILENO) != 0;
  if (terminal)
  {
    err() << prompt;
    err().flush();
  }
  const std::optional<QString> password = readLine(terminal);
  if (!password || password->isEmpty())
    return makeError(ErrorCode::BadInput, QCoreApplication::translate("cli", "No password was given."));
  if (terminal)
  {
    err() << again;
    err().flush();
    if (readLine(terminal) != password)
      return makeError(ErrorCode::BadInput, QCoreApplication::translate("cli", "The two passwords differ."));
  }
  return *password;
}

} // namespace lagesbild::cli
