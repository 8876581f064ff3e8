# A program consisting only of comments and blank lines prints nothing.

    # an indented comment is fine too

# the end
