// SPDX-License-Identifier: Apache-2.0
// The compiled translations are embedded into this library as resources (:/i18n/glows_ja.qm).
