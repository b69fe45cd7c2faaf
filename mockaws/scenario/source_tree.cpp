#include "mockaws/scenario/source_tree.hpp"

#include <fstream>
#include <map>
#include <sstream>
#include <unordered_set>

#include <yaml.h>

namespace mockaws::scenario {

namespace {

constexpr std::string_view string_tag = "tag:yaml.org,2002:str";

// Owns a LibYAML parser and its current event.
class event_parser {
 public:
  explicit event_parser(std::string_view text) {
    yaml_parser_initialize(&parser_);
    yaml_parser_set_input_string(&parser_, reinterpret_cast<const unsigned char*>(text.data()),
                                 text.size());
  }
  ~event_parser() {
    if (has_event_) yaml_event_delete(&event_);
    yaml_parser_delete(&parser_);
  }
  event_parser(const event_parser&) = delete;
  event_parser& operator=(const event_parser&) = delete;

  // The next event, or nullptr on a syntax error.
  const yaml_event_t* next() {
    if (has_event_) yaml_event_delete(&event_);
    has_event_ = yaml_parser_parse(&parser_, &event_) == 1;
    return has_event_ ? &event_ : nullptr;
  }
  const yaml_parser_t& parser() const { return parser_; }

 private:
  yaml_parser_t parser_{};
  yaml_event_t event_{};
  bool has_event_ = false;
};

std::string_view as_view(const yaml_char_t* text) {
  return text ? std::string_view(reinterpret_cast<const char*>(text)) : std::string_view();
}

// Builds the tree from events with an explicit stack, so deep documents cannot overflow it.
class tree_builder {
 public:
  tree_builder(std::shared_ptr<const std::string> file, std::vector<load_error>& errors,
               read_options options)
      : file_(std::move(file)), errors_(errors), options_(options) {}

  std::optional<source_node> run(std::string_view text) {
    event_parser events(text);
    std::optional<source_node> document;
    int documents = 0;
    while (true) {
      const yaml_event_t* e = events.next();
      if (!e) {
        syntax_error(events.parser());
        return std::nullopt;
      }
      switch (e->type) {
        case YAML_STREAM_END_EVENT:
          if (!document) return source_node{source_node::kind::null, {}, false, at(e->start_mark), {}, {}};
          return document;
        case YAML_DOCUMENT_START_EVENT:
          if (++documents > 1) {
            errors_.push_back(error_at(at(e->start_mark),
                                       "a scenario file holds one YAML document; found a second "
                                       "'---'"));
            return std::nullopt;
          }
          break;
        case YAML_MAPPING_START_EVENT:
          open(source_node::kind::mapping, *e, as_view(e->data.mapping_start.anchor),
               as_view(e->data.mapping_start.tag));
          break;
        case YAML_SEQUENCE_START_EVENT:
          open(source_node::kind::sequence, *e, as_view(e->data.sequence_start.anchor),
               as_view(e->data.sequence_start.tag));
          break;
        case YAML_MAPPING_END_EVENT:
        case YAML_SEQUENCE_END_EVENT:
          if (auto done = close()) document = std::move(*done);
          break;
        case YAML_SCALAR_EVENT:
          if (auto done = scalar(*e)) document = std::move(*done);
          break;
        case YAML_ALIAS_EVENT:
          if (auto done = alias(*e)) document = std::move(*done);
          break;
        default:
          break;
      }
      if (failed_) return std::nullopt;
    }
  }

 private:
  struct frame {
    source_node node;
    std::string anchor;
    std::optional<source_node> pending_key;  // mappings: the key awaiting its value
    std::unordered_set<std::string> keys;    // mappings: the keys seen, for duplicates
  };

  source_location at(const yaml_mark_t& mark) const {
    return {file_, static_cast<int>(mark.line) + 1, static_cast<int>(mark.column) + 1};
  }

  // LibYAML notices an unclosed quote or bracket where the text stops making sense, often a
  // line later or past the end of the file; the place to fix is where it opened (the error's
  // context mark), so the error points there and says where the parser noticed.
  void syntax_error(const yaml_parser_t& parser) {
    std::string message = parser.problem ? parser.problem : "invalid YAML";
    std::string_view context = parser.context ? parser.context : "";
    if (!context.empty()) message = std::string(context) + ": " + message;
    bool unclosed = context == "while scanning a quoted scalar" ||
                    context == "while parsing a flow sequence" ||
                    context == "while parsing a flow mapping";
    if (!unclosed) {
      errors_.push_back(error_at(at(parser.problem_mark), "YAML syntax error: " + message));
      return;
    }
    source_location noticed = at(parser.problem_mark);
    errors_.push_back(error_at(at(parser.context_mark),
                               "YAML syntax error: " + message + " (this is where it starts; "
                               "noticed at line " + std::to_string(noticed.line) + ", column " +
                               std::to_string(noticed.column) + ")"));
  }

  void open(source_node::kind kind, const yaml_event_t& e, std::string_view anchor,
            std::string_view tag) {
    frame f;
    f.node.type = kind;
    f.node.where = at(e.start_mark);
    if (options_.keep_tags && tag != "!") f.node.tag = std::string(tag);
    f.anchor = std::string(anchor);
    stack_.push_back(std::move(f));
  }

  std::optional<source_node> close() {
    frame f = std::move(stack_.back());
    stack_.pop_back();
    if (!f.anchor.empty()) anchors_[f.anchor] = f.node;
    return attach(std::move(f.node));
  }

  std::optional<source_node> scalar(const yaml_event_t& e) {
    source_node node;
    node.type = source_node::kind::scalar;
    node.where = at(e.start_mark);
    node.text.assign(reinterpret_cast<const char*>(e.data.scalar.value), e.data.scalar.length);
    std::string_view tag = as_view(e.data.scalar.tag);
    node.quoted = e.data.scalar.style != YAML_PLAIN_SCALAR_STYLE || tag == string_tag || tag == "!";
    if (!tag.empty() && tag != string_tag && tag != "!") {
      if (options_.keep_tags) {
        node.tag = std::string(tag);
      } else {
        errors_.push_back(error_at(node.where, "YAML tag '" + std::string(tag) +
                                                   "' is not supported (only !!str)"));
        failed_ = true;
        return std::nullopt;
      }
    }
    if (std::string_view anchor = as_view(e.data.scalar.anchor); !anchor.empty())
      anchors_[std::string(anchor)] = node;
    return attach(std::move(node));
  }

  std::optional<source_node> alias(const yaml_event_t& e) {
    std::string name(as_view(e.data.alias.anchor));
    auto it = anchors_.find(name);
    if (it == anchors_.end()) {
      errors_.push_back(error_at(at(e.start_mark), "unknown alias '*" + name + "'"));
      failed_ = true;
      return std::nullopt;
    }
    return attach(it->second);
  }

  // Adds a finished node to its parent; returns it when it is the document's root.
  std::optional<source_node> attach(source_node node) {
    if (stack_.empty()) return node;
    frame& parent = stack_.back();
    if (parent.node.is_sequence()) {
      parent.node.items.push_back(std::move(node));
    } else if (!parent.pending_key) {
      if (!node.is_scalar()) {
        errors_.push_back(error_at(node.where, "mapping keys must be plain strings"));
        failed_ = true;
      } else if (!parent.keys.insert(node.text).second) {
        errors_.push_back(error_at(node.where, "duplicate key '" + node.text + "'"));
      }
      parent.pending_key = std::move(node);
    } else {
      parent.node.entries.emplace_back(std::move(*parent.pending_key), std::move(node));
      parent.pending_key.reset();
    }
    return std::nullopt;
  }

  std::shared_ptr<const std::string> file_;
  std::vector<load_error>& errors_;
  read_options options_;
  std::vector<frame> stack_;
  std::map<std::string, source_node> anchors_;
  bool failed_ = false;
};

}  // namespace

std::string load_error::to_string() const {
  std::string where = file;
  if (line > 0) where += ":" + std::to_string(line) + ":" + std::to_string(column);
  return where + ": " + message;
}

load_error error_at(const source_location& where, std::string message) {
  return {where.file ? *where.file : std::string("<scenario>"), where.line, where.column,
          std::move(message)};
}

std::string to_string(const source_location& where) {
  std::string out = where.file ? *where.file : std::string("<scenario>");
  if (where.line > 0) out += ":" + std::to_string(where.line) + ":" + std::to_string(where.column);
  return out;
}

const source_node* source_node::find(std::string_view key) const {
  for (const auto& [k, v] : entries)
    if (k.text == key) return &v;
  return nullptr;
}

source_node* source_node::find(std::string_view key) {
  for (auto& [k, v] : entries)
    if (k.text == key) return &v;
  return nullptr;
}

std::string source_node::describe() const {
  switch (type) {
    case kind::null: return "nothing";
    case kind::sequence: return "a list";
    case kind::mapping: return "a mapping";
    case kind::scalar: break;
  }
  if (!quoted && (text.empty() || text == "~" || text == "null")) return "null";
  std::string shown = text.size() > 40 ? text.substr(0, 37) + "..." : text;
  if (quoted) return "\"" + shown + "\"";  // shown as written: "14" is not 14
  return "'" + shown + "'";
}

std::optional<source_node> read_yaml(std::string_view text, const std::string& file_name,
                                     std::vector<load_error>& errors, read_options options) {
  return tree_builder(std::make_shared<const std::string>(file_name), errors, options).run(text);
}

std::optional<source_node> read_yaml_file(const std::string& path, std::vector<load_error>& errors,
                                          read_options options) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    errors.push_back({path, 0, 0, "cannot open the file"});
    return std::nullopt;
  }
  std::ostringstream text;
  text << in.rdbuf();
  return read_yaml(text.str(), path, errors, options);
}

}  // namespace mockaws::scenario
