#!/usr/bin/env python3
"""Embeds a text file in a C++ source as the return value of a function:
embed_text.py INPUT OUTPUT NAMESPACE FUNCTION  ->  std::string_view NAMESPACE::FUNCTION()."""
import os
import sys

source, output, namespace, function = sys.argv[1:5]
with open(source, encoding="utf-8") as f:
    text = f.read()
delimiter = "hipaasim_text"  # raw-string delimiters are at most 16 characters
if f"){delimiter}\"" in text:
    sys.exit(f"embed_text.py: {source} contains the raw-string delimiter")
code = (f"// Generated from {os.path.basename(source)} by cmake/embed_text.py; do not edit.\n"
        f"#include <string_view>\n\nnamespace {namespace} {{\n\n"
        f"std::string_view {function}() {{\n"
        f"  return R\"{delimiter}({text}){delimiter}\";\n}}\n\n}}  // namespace {namespace}\n")
old = open(output, encoding="utf-8").read() if os.path.exists(output) else None
if old != code:
    with open(output, "w", encoding="utf-8") as f:
        f.write(code)
