// SPDX-License-Identifier: Apache-2.0
#pragma once

class QNetworkAccessManager;

namespace glows {
class AccountStore;
class AccountTokens;
} // namespace glows

namespace glows::ui {

// What the account widgets work with; owned by AppShell (or a test).
struct AccountServices
{
    AccountStore *store = nullptr;
    AccountTokens *tokens = nullptr;
    QNetworkAccessManager *nam = nullptr; // for the one verification call before a token is kept
};

} // namespace glows::ui
