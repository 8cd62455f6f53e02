// wasmtime-tiers: every text's full table: category spellings, document order, compiler support,
// file and commit (detail::text_table), for what reads more than tiers and missing requirements:
// R::text(), support_of, category_spelling_of, the catalog and the tool. <wasmtime_tiers.hpp>
// leaves it out (22 tables cost a translation unit about 25 M instructions); whatever needs it
// without it stops with an error that names this header. It includes compiler_support.hpp, which
// support_of reads through.
#ifndef WASMTIME_TIERS_TEXT_TABLES_HPP
#define WASMTIME_TIERS_TEXT_TABLES_HPP

#include <wasmtime_tiers/version.hpp> // first: the C++20 check
#include <cstddef>

#include <wasmtime_tiers/detail/names.hpp>
#include <wasmtime_tiers/compiler_support.hpp>
#include <wasmtime_tiers/detail/text_table.hpp>
#include <wasmtime_tiers/generated/texts.hpp>
#include <wasmtime_tiers/release.hpp>

namespace wasmtime_tiers::detail {

template <>
struct full_tables<full_tables_tag> {
  static constexpr bool defined = true;
  static constexpr const text_table* const* texts = gen::texts;
  static constexpr std::size_t count = sizeof(gen::texts) / sizeof(gen::texts[0]);
};

// The text of a release read at run time (tools); nullptr when none covers it.
constexpr const text_table* text_of(unsigned major) noexcept {
  return release_known(major) ? gen::texts[text_index_of(major)] : nullptr;
}

} // namespace wasmtime_tiers::detail

#endif
