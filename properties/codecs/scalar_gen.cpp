#include "properties/codecs/scalar_gen.hpp"

#include <chrono>
#include <cstdio>
#include <vector>

namespace properties::codecs {

namespace {

constexpr std::size_t max_text = 12;
constexpr std::size_t max_blob = 8;

using code_points = std::vector<std::uint32_t>;

code_points points_of(std::string_view ascii) { return code_points(ascii.begin(), ascii.end()); }

std::string utf8(const code_points& points) {
  std::string out;
  for (std::uint32_t c : points) {
    if (c < 0x80) {
      out += static_cast<char>(c);
    } else if (c < 0x800) {
      out += static_cast<char>(0xC0 | (c >> 6));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      out += static_cast<char>(0xE0 | (c >> 12));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (c >> 18));
      out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (c & 0x3F));
    }
  }
  return out;
}

rc::Gen<std::uint32_t> gen_code_point(alphabet chars) {
  using rc::gen::elementOf;
  using rc::gen::inRange;
  static const code_points alnum =
      points_of("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
  // What XML, form encoding, URIs, headers and JSON escape or split on.
  static const code_points specials = points_of(" &<>\"'%+=/?#;:,.-_~*()[]{}|\\^`!@$");
  static const code_points whitespace = points_of(" \t\n\r");
  // Encoding boundaries, separators JSON and JavaScript disagree on, BOM, replacement char.
  static const code_points bmp = {0x80,   0xA0,   0xE9,   0xDF,   0x7FF,  0x800,
                                  0x4E2D, 0x2028, 0x2029, 0xD7FF, 0xE000, 0xFEFF, 0xFFFD};
  static const code_points astral = {0x10000, 0x1F600, 0x10FFFF};

  if (chars == alphabet::visible_ascii)
    return rc::gen::weightedOneOf<std::uint32_t>(
        {{8, elementOf(alnum)}, {3, elementOf(specials)}, {1, inRange<std::uint32_t>(0x21, 0x7F)}});

  auto unicode = rc::gen::weightedOneOf<std::uint32_t>(
      {{3, elementOf(bmp)}, {1, inRange<std::uint32_t>(0xA0, 0xD800)}});
  auto beyond_bmp = rc::gen::weightedOneOf<std::uint32_t>(
      {{3, elementOf(astral)}, {1, inRange<std::uint32_t>(0x10000, 0x110000)}});
  if (chars == alphabet::xml_chars)
    return rc::gen::weightedOneOf<std::uint32_t>({{60, elementOf(alnum)},
                                                  {15, elementOf(specials)},
                                                  {6, elementOf(whitespace)},
                                                  {8, unicode},
                                                  {4, beyond_bmp}});
  auto controls =
      rc::gen::oneOf(inRange<std::uint32_t>(0, 0x20), rc::gen::just<std::uint32_t>(0x7F));
  return rc::gen::weightedOneOf<std::uint32_t>({{60, elementOf(alnum)},
                                                {15, elementOf(specials)},
                                                {6, elementOf(whitespace)},
                                                {4, controls},
                                                {8, unicode},
                                                {4, beyond_bmp}});
}

}  // namespace

rc::Gen<std::string> gen_text(const text_rules& rules) {
  // The length grows with RapidCheck's size up to max_text (a container shrinks by dropping any
  // character, not only the last); the characters do not depend on the size, so even short
  // strings reach the astral planes.
  auto points = rc::gen::scale(static_cast<double>(max_text) / 100,
                               rc::gen::container<code_points>(
                                   rc::gen::resize(100, gen_code_point(rules.chars))));
  return rc::gen::suchThat(rc::gen::map(points, utf8),
                           [rules](const std::string& t) { return fits(rules, t); });
}

rc::Gen<std::string> gen_timestamp(models::timestamp_format format) {
  return rc::gen::exec([format] {
    constexpr std::int64_t year_2100 = 4102444800;
    constexpr std::int64_t year_1 = -62135596800;
    constexpr std::int64_t year_10000 = 253402300800;
    auto seconds = *rc::gen::weightedOneOf<std::int64_t>(
        {{9, rc::gen::inRange<std::int64_t>(0, year_2100)},
         {1, rc::gen::inRange<std::int64_t>(year_1, year_10000)}});
    int millis = 0;
    if (carries_milliseconds(format))
      millis = *rc::gen::weightedOneOf<int>(
          {{1, rc::gen::just(0)}, {3, rc::gen::inRange(0, 1000)}});
    return iso8601_utc(seconds * 1000 + millis);
  });
}

rc::Gen<double> gen_double() {
  return rc::gen::weightedOneOf<double>(
      {{8, rc::gen::arbitrary<double>()},
       {1, rc::gen::element(0.0, -0.0, 0.1, 0.30000000000000004, 1e15, 123456789012345678.0,
                            1e300, -1e-300, 5e-324)}});
}

rc::Gen<std::string> gen_blob(bool non_empty) {
  return rc::gen::exec([non_empty] {
    auto length = *rc::gen::inRange<std::size_t>(non_empty ? 1 : 0, max_blob + 1);
    return base64(*rc::gen::container<std::string>(length, rc::gen::arbitrary<char>()));
  });
}

std::string iso8601_utc(std::int64_t epoch_ms) {
  using namespace std::chrono;
  sys_time<milliseconds> t{milliseconds{epoch_ms}};
  auto day = floor<days>(t);
  year_month_day date{day};
  hh_mm_ss<milliseconds> time{t - day};
  char text[40];
  int length = std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02d",
                             static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                             static_cast<unsigned>(date.day()),
                             static_cast<int>(time.hours().count()),
                             static_cast<int>(time.minutes().count()),
                             static_cast<int>(time.seconds().count()));
  std::string out(text, static_cast<std::size_t>(length));
  if (auto ms = time.subseconds().count(); ms != 0) {
    std::snprintf(text, sizeof text, ".%03d", static_cast<int>(ms));
    out += text;
  }
  return out + "Z";
}

std::string base64(std::string_view bytes) {
  static constexpr char digits[] =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  std::string out;
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    std::uint32_t group = static_cast<unsigned char>(bytes[i]) << 16;
    if (i + 1 < bytes.size()) group |= static_cast<unsigned char>(bytes[i + 1]) << 8;
    if (i + 2 < bytes.size()) group |= static_cast<unsigned char>(bytes[i + 2]);
    out += digits[(group >> 18) & 63];
    out += digits[(group >> 12) & 63];
    out += i + 1 < bytes.size() ? digits[(group >> 6) & 63] : '=';
    out += i + 2 < bytes.size() ? digits[group & 63] : '=';
  }
  return out;
}

}  // namespace properties::codecs
