from . import greeting
echo = greeting.upper()
