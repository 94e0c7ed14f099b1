if then
fi
