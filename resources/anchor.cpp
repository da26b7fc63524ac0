// SPDX-License-Identifier: Apache-2.0
// The application icons are embedded into this library as resources (:/icons/...).
